import type { settings as en } from '../en/settings.ts';

export const settings: typeof en = {
  surface: '网关接口',
  surfaces: {
    unified: { label: '统一接口', path: '/v1/video/generations' },
    kling: { label: 'Kling 兼容', path: '/kling/v1/videos/…' },
  },
};
