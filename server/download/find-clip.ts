import { queryPath, type TaskRef } from '../../src/api/gateway-routes.ts';
import { normalizeTask } from '../../src/api/normalize-task.ts';
import { parseErrorBody } from '../../src/api/response-schemas.ts';
import { forwardToGateway, type ForwardOptions } from '../gateway/forward-to-gateway.ts';
import { proxyError, type ProxyResponse } from '../gateway/proxy-response.ts';

// Asks the gateway itself where a task's clip is: the browser names a task, never a URL,
// so the download route can only ever fetch what the gateway returned for that task.

export type FoundClip = { ok: true; url: string } | { ok: false; response: ProxyResponse };

const NOT_FOUND_CODES = new Set(['task_not_exist', '1203']);

const notFound = (): FoundClip => ({
  ok: false,
  response: proxyError(404, 'not_found', 'The gateway does not know this task (wrong id, another surface, or another account)'),
});

const failed = (status: number, code: Parameters<typeof proxyError>[1], message: string, headers?: Record<string, string>): FoundClip => ({
  ok: false,
  response: proxyError(status, code, message, headers),
});

const parseJson = (body: string | Uint8Array): unknown => {
  try {
    return JSON.parse(Buffer.from(body).toString('utf8'));
  } catch {
    return undefined;
  }
};

const fromError = (status: number, body: unknown, retryAfter: string | undefined): FoundClip => {
  const error = parseErrorBody(body);
  if (status === 404 || NOT_FOUND_CODES.has(error?.code ?? '')) return notFound();
  if (status === 429)
    return failed(
      429,
      'rate_limited',
      `The gateway is limiting requests${error ? `: ${error.message}` : ''}; try again shortly`,
      retryAfter ? { 'Retry-After': retryAfter } : {},
    );
  const what = error ? `${error.message}${error.code ? ` (${error.code})` : ''}` : `HTTP ${status}`;
  return failed(502, 'upstream_error', `The gateway could not look this task up: ${what}`);
};

export const findClipUrl = async (ref: TaskRef, options: ForwardOptions): Promise<FoundClip> => {
  const answer = await forwardToGateway({ method: 'GET', path: queryPath(ref) }, options);
  // The forwarder's own failures (timeout, unreachable, redirect, too large) stand as they are.
  if (typeof answer.body === 'string') return { ok: false, response: answer };
  const body = parseJson(answer.body);
  // Some hosts answer 200 with an error body (Kling's `{code:1203,…}`).
  if (answer.status < 200 || answer.status > 299 || parseErrorBody(body))
    return fromError(answer.status, body, answer.headers['Retry-After']);
  const normalized = normalizeTask(ref, body);
  if (!normalized.ok) return failed(502, 'upstream_error', 'The gateway answered in a shape the studio does not know');
  const { task } = normalized;
  if (task.status === 'failed')
    return failed(409, 'task_failed', `This task failed, so it has no clip: ${task.error?.message ?? 'no reason given'}`);
  if (task.status !== 'succeeded')
    return failed(
      409,
      'not_ready',
      `This task is not finished yet (the gateway says "${task.rawStatus}"); download it once it has completed`,
    );
  if (!task.videoUrl) return failed(502, 'bad_clip', 'The gateway says this task completed but gave no clip address');
  return { ok: true, url: task.videoUrl };
};
