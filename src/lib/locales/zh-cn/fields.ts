import type { fields as en } from '../en/fields.ts';

export const fields: typeof en = {
  model: '模型',
  prompt: '提示词',
  negativePrompt: '负向提示词',
  mode: '画质',
  duration: '时长',
  aspectRatio: '画幅',
  cfgScale: '提示词相关性',
  sound: '音效',
  image: '首帧',
  imageTail: '尾帧',
  cameraControl: '运镜',
  callbackUrl: '回调地址',
  externalTaskId: '自定义任务 ID',
  extraMetadata: '原始 metadata',
  exclusive: '控制项',
  staticMask: '静态遮罩',
  dynamicMasks: '运动笔刷',
  multiShot: '分镜',
};
