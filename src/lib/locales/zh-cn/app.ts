import type { app as en } from '../en/app.ts';

export const app: typeof en = {
  skipToClips: '跳到片段',
  title: 'Kling 工作室',
  tagline: '生成、观看并对比可灵视频片段',
  simulatorBadge: '模拟器',
  simulatorHint: '未设置 API 密钥：片段来自内置的网关模拟器。',
  gatewayBadge: '网关：{{host}}',
  serverUnreachable: '工作室服务器没有响应。`npm run dev` 还在运行吗？',
  historyLoading: '正在载入历史记录…',
  noClipsYet: '生成的片段会显示在这里。写下提示词，然后点击“生成”。',
  sentBelow_one: '已发送：片段会出现在下方的“片段”中。',
  sentBelow_other: '已发送：{{count}} 个片段会出现在下方的“片段”中。',
  showClips: '查看',
  toasts: '通知',
  closeToast: '关闭通知',
};
