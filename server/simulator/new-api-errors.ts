import { randomInt, randomUUID } from 'node:crypto';
import { jsonReply, type Reply } from './http-io.ts';

// new-api's error answers (REAL-GATEWAYS.md, "Errors as the gateway sends them"), the
// same on both surfaces: `{error:{code,message,type}}` from its own middleware with
// its request id in the message, `{code:"<string>",message,data:null}` from the task
// relay, and Kling's refusals as a string of Kling's JSON inside the latter. It never
// sends Retry-After.

const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
export const randomAlphanumeric = (length: number) => Array.from({ length }, () => ALPHANUMERIC[randomInt(ALPHANUMERIC.length)]).join('');

// common.GetTimeString() + 8 random characters: 20260101120000 + nanoseconds + ….
const requestId = () => {
  const now = new Date();
  const stamp = now.toISOString().replace(/\D/g, '').slice(0, 14);
  return `${stamp}${randomInt(1e8, 1e9)}${randomAlphanumeric(8)}`;
};

const openAiError = (status: number, message: string, type: string, code = '') =>
  jsonReply(status, { error: { code, message: `${message} (request id: ${requestId()})`, type } });

const taskError = (status: number, code: string, message: string) => jsonReply(status, { code, message, data: null });

const klingJson = (code: number, message: string) => JSON.stringify({ code, message, request_id: randomUUID() });

export const invalidToken = (): Reply => openAiError(401, 'Invalid token', 'new_api_error');
export const modelNotSpecified = (): Reply => openAiError(400, 'Model name not specified, model name cannot be empty', 'new_api_error');
export const noChannel = (model: string): Reply =>
  openAiError(503, `No available channel for model ${model}`, 'new_api_error', 'model_not_found');
export const invalidBody = (detail: string): Reply =>
  openAiError(400, `Invalid request: ${detail} invalid JSON request body`, 'new_api_error');

export const invalidRequest = (message: string): Reply => taskError(400, 'invalid_request', message);
export const taskNotExist = (): Reply => taskError(400, 'task_not_exist', 'task_not_exist');
export const buildRequestFailed = (goMessage: string): Reply =>
  taskError(500, 'build_request_failed', `unmarshal metadata failed: ${goMessage}`);

/** Kling refused the body: Kling's status, Kling's own JSON as the message. */
export const klingRefused = (message: string, status = 400, klingCode = 1201): Reply =>
  taskError(status, 'fail_to_fetch_task', klingJson(klingCode, message));

export const SATURATED_MESSAGE = '当前分组上游负载已饱和，请稍后再试';
export const upstreamSaturated = (): Reply => taskError(429, 'fail_to_fetch_task', SATURATED_MESSAGE);

/** The account's concurrency limit: Kling's 429 (1303) relayed like any refusal. */
export const concurrencyLimited = (): Reply => klingRefused('parallel task over resource pack limit', 429, 1303);

const statusWords: Record<number, { type: string; code: string; message: string }> = {
  500: { type: 'new_api_error', code: '', message: 'internal server error' },
  502: { type: 'upstream_error', code: 'bad_response_status_code', message: 'bad response status code 502' },
  503: { type: 'upstream_error', code: 'bad_response_status_code', message: 'bad response status code 503' },
  504: { type: 'upstream_error', code: 'bad_response_status_code', message: 'upstream request timed out' },
};

/** An HTTP error status as new-api answers it; a Retry-After asked for is not sent, as new-api never sends one. */
export const newApiStatusFailure = (status: number): Reply => {
  if (status === 401) return invalidToken();
  if (status === 429) return upstreamSaturated();
  const words = statusWords[status] ?? { type: 'new_api_error', code: '', message: `HTTP ${status}` };
  return openAiError(status, words.message, words.type, words.code);
};

const WEB_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>New API</title></head>
<body><div id="root">New API: the console of this gateway (served for any path it does not route).</div></body></html>
`;

// gin's NoRoute: API prefixes answer JSON 404, every other path (including /kling/…) gets the web console.
export const unknownRoute = (method: string, path: string): Reply =>
  /^\/(v1|api)(\/|$)/.test(path)
    ? jsonReply(404, { error: { message: `Invalid URL (${method} ${path})`, type: 'invalid_request_error', param: '', code: '' } })
    : { status: 200, text: WEB_PAGE, contentType: 'text/html; charset=utf-8' };
