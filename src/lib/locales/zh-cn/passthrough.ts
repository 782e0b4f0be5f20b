import type { passthrough as en } from '../en/passthrough.ts';

export const passthrough: typeof en = {
  headingWill: '此网关会丢弃这个请求的一部分',
  headingMay: '此网关可能会丢弃这个请求的一部分',
  bodyWill: '它的响应与 new-api 相同，只传递可灵的经典字段。可灵将收到：',
  bodyMay: '许多网关（new-api）只传递可灵的经典字段。如果你的网关也是这样，可灵将收到：',
  sentAsIs: '按原样发送：此网关已设置为向可灵传递所有字段。',
  lose: {
    sound: '没有声音：可灵默认生成无声片段',
    storyboard: '没有分镜：按主提示词生成一个 {{seconds}} 秒的镜头，按一个片段计费',
    voices: '没有音色',
    elements: '没有主体元素',
    extras: '没有这些原始 metadata 字段：{{fields}}',
  },
  setting: '此网关传递哪些字段',
  modes: {
    auto: { label: '自动判断', hint: '根据网关的响应' },
    all: { label: '所有字段', hint: '网关已修改' },
    classic: { label: '经典字段', hint: 'new-api 默认' },
  },
};
