import type { sweepEntry as en } from '../en/sweep-entry.ts';

export const sweepEntry: typeof en = {
  open: '参数扫描…',
  openHint: '对一个设置的每个取值各发送一次此请求，便于并排比较',
};
