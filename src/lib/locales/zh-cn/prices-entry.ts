import type { pricesEntry as en } from '../en/prices-entry.ts';

export const pricesEntry: typeof en = {
  open: '价格…',
  summaryNone: '未设置价格：编辑器只显示视频秒数',
  summarySet_one: '{{count}} 个模型的价格（{{unit}}）',
  summarySet_other: '{{count}} 个模型的价格（{{unit}}）',
  cost: {
    stdPro: '标准 + 专业：',
    label: '下次提交的费用',
    seconds_one: '{{count}} 秒视频',
    seconds_other: '{{count}} 秒视频',
    amount: '{{amount}} {{unit}}',
    unpriced: '{{what}} 未设置价格',
  },
};
