import type { errors as en } from '../en/errors.ts';

export const errors: typeof en = {
  bad_request: '网关拒绝了请求：{{message}}',
  auth: 'API 密钥被拒绝。请检查工作室服务器上的 KLING_API_KEY。',
  forbidden: '此密钥无权使用该模型。',
  not_found: '网关已找不到此任务。',
  rate_limited: '网关要求放慢请求速度。',
  busy: '网关繁忙，稍后自动重试。',
  server: '网关出现问题（{{status}}）。',
  timeout: '网关未能及时响应。',
  network: '无法连接工作室服务器。',
  bad_response: '网关的响应无法识别。',
  unsupported_route: '此网关不提供这个接口（返回了网页）。请改用另一种接口。',
  model_not_found: '此网关没有这个模型：请检查模型名称。',
  build_request_failed: '网关无法读取某个字段，未发送给可灵：{{message}}',
  klingCode: '（可灵错误码 {{code}}）',
};
