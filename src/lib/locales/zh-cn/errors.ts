import type { errors as en } from '../en/errors.ts';

export const errors: typeof en = {
  bad_request: '网关拒绝了请求：{{message}}',
  auth: 'API 密钥被拒绝。请检查工作室服务器上的 KLING_API_KEY。',
  forbidden: '此密钥无权使用该模型。',
  not_found: '网关已找不到此任务。',
  rate_limited: '网关要求放慢请求速度。',
  server: '网关出现问题（{{status}}）。',
  timeout: '网关未能及时响应。',
  network: '无法连接工作室服务器。',
  bad_response: '网关的响应无法识别。',
};
