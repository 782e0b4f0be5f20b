import type { compareEntry as en } from '../en/compare-entry.ts';

export const compareEntry: typeof en = {
  stdPro: '标准 + 专业',
  stdProHint: '以标准（std）和专业（pro）模式各发送一次此请求，并对比两者',
};
