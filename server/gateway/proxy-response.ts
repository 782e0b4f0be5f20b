import type { ServerResponse } from 'node:http';

export type ProxyResponse = { status: number; headers: Record<string, string>; body: string | Uint8Array };

/** A response too large to hold in memory (a clip, a zip): it writes its own head and body. */
export type StreamedResponse = { stream: (res: ServerResponse) => Promise<void> };

export type ApiResponse = ProxyResponse | StreamedResponse;

export type ProxyErrorCode =
  | 'not_found'
  | 'method_not_allowed'
  | 'forbidden_host'
  | 'cross_origin'
  | 'unsupported_media_type'
  | 'payload_too_large'
  | 'invalid_json'
  | 'upstream_timeout'
  | 'upstream_unreachable'
  | 'upstream_too_large'
  | 'upstream_redirect'
  | 'internal_error'
  | 'unauthorized'
  | 'too_many_requests'
  | 'invalid_request'
  | 'rate_limited'
  | 'upstream_error'
  | 'not_ready'
  | 'task_failed'
  | 'clip_expired'
  | 'bad_clip'
  | 'unavailable'
  | 'request_timeout';

const JSON_TYPE = 'application/json; charset=utf-8';

export const jsonResponse = (status: number, value: unknown, headers: Record<string, string> = {}): ProxyResponse => ({
  status,
  headers: { 'Content-Type': JSON_TYPE, ...headers },
  body: JSON.stringify(value),
});

/** The gateway's own `{error:{message,type,code}}` shape, so the client parses both alike. */
export const proxyError = (status: number, code: ProxyErrorCode, message: string, headers: Record<string, string> = {}): ProxyResponse =>
  jsonResponse(status, { error: { message, type: 'studio_proxy', code } }, headers);

export const notFound = (): ProxyResponse => proxyError(404, 'not_found', 'Not found');

/** Headers on every /api answer, streamed or not. */
export const API_HEADERS = {
  // Task states change by the second, and a clip is private: no cache may keep either.
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
  // Whatever the gateway sends (an HTML error page, say) must not run as the studio's origin.
  'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'; sandbox",
} as const;

export const sendProxyResponse = (res: ServerResponse, response: ProxyResponse): void => {
  const body = typeof response.body === 'string' ? Buffer.from(response.body) : response.body;
  res.writeHead(response.status, { ...response.headers, ...API_HEADERS, 'Content-Length': String(body.byteLength) });
  res.end(body);
};
