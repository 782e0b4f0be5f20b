import type { prices as en } from '../en/prices.ts';

export const prices: typeof en = {
  heading: '每秒视频价格',
  intro: '可选。填写你的账户每秒视频的价格，按模型和画质分别填写。不清楚的留空即可：届时工作室只显示秒数。',
  unit: '单位',
  unitHint: '例如 credits、USD、CNY',
  model: '模型',
  std: '标准（std）每秒',
  pro: '专业（pro）每秒',
  priceLabel: '{{model}} {{mode}} 每秒价格',
  modelLabel: '模型名称，第 {{row}} 行',
  addModel: '添加其他模型',
  removeModel: '移除 {{model}}',
  clearAll: '清除所有价格',
  save: '保存价格',
  cancel: '取消',
  fixFirst: '请先修正下面标出的输入框。',
  problems: {
    not_number: '请输入数字，例如 0.35。',
    negative: '价格不能为负数。',
    unit_required: '请填写价格单位，例如 credits。',
    model_required: '请为这一行填写模型名称。',
    model_duplicate: '这个模型重复了。',
  },
};
