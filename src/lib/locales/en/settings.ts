export const settings = {
  surface: 'Gateway surface',
  surfaces: {
    unified: { label: 'Unified', path: '/v1/video/generations' },
    kling: { label: 'Kling-compatible', path: '/kling/v1/videos/…' },
  },
};
