import { randomUUID } from 'node:crypto';
import type { Surface } from '../../src/api/gateway-routes.ts';
import { jsonReply, type Reply } from './http-io.ts';

// The three error shapes of CONTRACT.md ("Errors a client must handle"):
// `{error:{message,type,code}}` for auth and routing on the unified surface,
// the gateway's task errors `{code:"<string>",message,data:null}`, and Kling's
// `{code:<int>,message,request_id}`.

const openAiError = (status: number, message: string, type: string, code: string, headers?: Record<string, string>) =>
  jsonReply(status, { error: { message, type, code } }, headers);

const gatewayError = (status: number, code: string, message: string) => jsonReply(status, { code, message, data: null });

const klingError = (status: number, code: number, message: string, headers?: Record<string, string>) =>
  jsonReply(status, { code, message, request_id: randomUUID() }, headers);

export const routeNotFound = (method: string, path: string): Reply =>
  openAiError(404, `Invalid URL (${method} ${path})`, 'invalid_request_error', 'not_found');

// Kling: 1001 "Authorization is empty", 1002 "Authorization is invalid".
export const authFailure = (surface: Surface, reason: 'missing' | 'invalid'): Reply => {
  if (surface === 'kling')
    return klingError(
      401,
      reason === 'missing' ? 1001 : 1002,
      reason === 'missing' ? 'Authorization failed: missing key' : 'Authorization failed: invalid key',
    );
  return openAiError(
    401,
    reason === 'missing' ? '未提供令牌 (no token provided)' : '无效的令牌 (invalid token)',
    'new_api_error',
    'invalid_api_key',
  );
};

/** The gateway's own checks (body is JSON, prompt present): the same shape on both surfaces. */
export const gatewayInvalid = (message: string, status = 400): Reply => gatewayError(status, 'invalid_request', message);

/** Kling's parameter rules (1201), relayed by the gateway as its task error on the unified surface. */
export const invalidParameter = (surface: Surface, message: string): Reply =>
  surface === 'kling' ? klingError(400, 1201, message) : gatewayError(400, 'invalid_request', message);

export const taskNotFound = (surface: Surface): Reply =>
  surface === 'kling' ? klingError(404, 1203, 'task not found') : gatewayError(400, 'task_not_exist', 'task_not_exist');

export const concurrencyLimit = (surface: Surface, retryAfterSeconds: number): Reply => {
  const headers = { 'Retry-After': String(retryAfterSeconds) };
  const message = 'parallel task over resource pack limit';
  return surface === 'kling' ? klingError(429, 1303, message, headers) : openAiError(429, message, 'rate_limit_error', '1303', headers);
};

const statusWords: Record<number, { kling: number; type: string; message: string }> = {
  429: { kling: 1302, type: 'rate_limit_error', message: 'api request too fast, please slow down' },
  500: { kling: 5000, type: 'new_api_error', message: 'internal server error' },
  502: { kling: 5000, type: 'upstream_error', message: 'bad gateway: upstream returned an invalid response' },
  503: { kling: 5001, type: 'upstream_error', message: 'service temporarily unavailable' },
  504: { kling: 5002, type: 'upstream_error', message: 'upstream request timed out' },
};

/** An HTTP error status in the surface's shape, optionally with Retry-After (seconds). */
export const statusFailure = (surface: Surface, status: number, retryAfter?: number): Reply => {
  // The simulator accepts any key in its default mode; this is how a test sees a refused one.
  if (status === 401) return authFailure(surface, 'invalid');
  const words = statusWords[status] ?? { kling: 5000, type: 'new_api_error', message: `HTTP ${status}` };
  const headers = retryAfter === undefined ? undefined : { 'Retry-After': String(retryAfter) };
  return surface === 'kling'
    ? klingError(status, words.kling, words.message, headers)
    : openAiError(status, words.message, words.type, String(status), headers);
};

export const bodyNotJson = (): Reply => gatewayInvalid('request body must be JSON');

export const malformedReply = (): Reply => ({ status: 200, text: '<html>oops', contentType: 'text/html; charset=utf-8' });
