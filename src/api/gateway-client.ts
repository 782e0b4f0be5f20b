import { ApiError } from './api-error.ts';
import { buildCreateCall } from './build-create-body.ts';
import { queryPath, type Surface, type TaskRef } from './gateway-routes.ts';
import type { GenerationRequest } from './generation-request.schema.ts';
import type { Task } from './task.schema.ts';

// The browser only ever talks to its own origin; the proxy maps /api/<path> onto
// the gateway's <path> and adds the key.
export const API_BASE = '/api';

type CallOptions = { signal?: AbortSignal };

// The response schemas (zod) arrive with the first answer, not with the page: the
// composer that sends the first create is usable before them.
const readers = () => import('./read-response.ts');

const isWebPage = (response: Response, text: string) =>
  /text\/html/i.test(response.headers.get('content-type') ?? '') || /^\s*<(!doctype|html)/i.test(text);

const readJson = async (response: Response): Promise<unknown> => {
  const text = await response.text();
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch {
    // new-api serves its web page, with 200, for a /kling/… path it does not route
    // (docs/gateway-contract.md#deployed-gateways-new-api).
    if (response.ok && isWebPage(response, text))
      throw new ApiError('unsupported_route', 'The gateway answered with a web page: it does not serve this route', response.status);
    throw new ApiError('bad_response', 'The gateway answered with something that is not JSON', response.status);
  }
};

const send = async (path: string, init: RequestInit): Promise<unknown> => {
  // Loaded alongside the request, so the first answer does not wait for it. A failed
  // load surfaces where it is awaited (an answer the studio could not read).
  const reading = readers();
  reading.catch(() => {});
  let response: Response;
  try {
    response = await fetch(`${API_BASE}${path}`, init);
  } catch (error) {
    if (init.signal?.aborted) throw error;
    throw new ApiError('network', 'The studio could not reach its server');
  }
  const body = await readJson(response).catch((error: unknown) => {
    if (!response.ok) return null;
    throw error;
  });
  const { apiErrorFromResponse, parseErrorBody } = await reading;
  if (!response.ok) throw apiErrorFromResponse(response.status, body, response.headers.get('retry-after'));
  // Some hosts answer 200 with an error body (Kling's `{code:1201,…}`).
  if (parseErrorBody(body)) throw apiErrorFromResponse(response.status, body, response.headers.get('retry-after'));
  return body;
};

const toTask = async (ref: TaskRef, body: unknown): Promise<Task> => {
  const { normalizeTask } = await readers();
  const result = normalizeTask(ref, body);
  if (!result.ok) throw new ApiError('bad_response', 'The gateway answered in a shape the studio does not know');
  return result.task;
};

export const createTask = async (request: GenerationRequest, surface: Surface, options: CallOptions = {}): Promise<Task> => {
  const call = buildCreateCall(request, surface);
  const body = await send(call.path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(call.body),
    signal: options.signal,
  });
  return toTask({ surface, kind: call.kind, id: 'pending' }, body);
};

export const getTask = async (ref: TaskRef, options: CallOptions = {}): Promise<Task> =>
  toTask(ref, await send(queryPath(ref), { method: 'GET', signal: options.signal }));
