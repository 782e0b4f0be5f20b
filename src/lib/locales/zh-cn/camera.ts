import type { camera as en } from '../en/camera.ts';

export const camera: typeof en = {
  type: '运镜方式',
  types: {
    none: { label: '无', hint: '不指定运镜，由可灵决定。' },
    simple: { label: '简单', hint: '任选一个轴向：平移、转动、翻滚或变焦。' },
    down_back: { label: '下移后拉', hint: '镜头下降并向后拉远。' },
    forward_up: { label: '前推上升', hint: '镜头向前推进并上升。' },
    right_turn_forward: { label: '右转前进', hint: '镜头一边向前一边右转。' },
    left_turn_forward: { label: '左转前进', hint: '镜头一边向前一边左转。' },
  },
  oneAxis: '可灵一次只移动一个轴向：调整一个，其余会自动归零。',
  wasReset: '已归零',
  resetAnnounce: '{{axes}} 已归零。',
  axes: {
    horizontal: { label: '水平', negative: '向左平移', positive: '向右平移', still: '不动' },
    vertical: { label: '垂直', negative: '向下移动', positive: '向上移动', still: '不动' },
    pan: { label: '摇镜', negative: '向左转', positive: '向右转', still: '不动' },
    tilt: { label: '俯仰', negative: '向下俯', positive: '向上仰', still: '不动' },
    roll: { label: '旋转', negative: '逆时针旋转', positive: '顺时针旋转', still: '不动' },
    zoom: { label: '变焦', negative: '拉近', positive: '拉远', still: '不动' },
  },
  preview: {
    still: '无运镜。',
    axis: '{{axis}} {{value}}：镜头{{meaning}}。',
    pickAxis: '拖动一个滑块来选择轴向。',
  },
};
