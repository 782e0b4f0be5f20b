import type { batchEntry as en } from '../en/batch-entry.ts';

export const batchEntry: typeof en = {
  open: '批量…',
  openHint: '一次发送多个提示词：每行一个，或导入 CSV 文件',
  queueSettings: '队列设置 · 最多同时 {{limit}} 个',
  hideQueue: '隐藏队列',
};
