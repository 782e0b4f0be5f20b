import { ApiError, type ApiErrorKind } from './api-error.ts';
import { parseErrorBody } from './response-schemas.ts';

// Reading what the gateway answered: its error shapes and its task shapes, with the
// zod schemas. gateway-client.ts loads this module with the first answer it reads,
// so the composer is usable before zod arrives; every answer is still read here once.

export { normalizeTask } from './normalize-task.ts';
export { parseErrorBody };

// Kling's numeric codes, for hosts that answer an error with HTTP 200.
const kindForKlingCode = (code: number): ApiErrorKind | null => {
  if (code >= 1000 && code <= 1004) return 'auth';
  if (code >= 1100 && code <= 1103) return 'forbidden';
  if (code === 1302 || code === 1303) return 'rate_limited';
  if (code >= 5000 && code <= 5002) return 'server';
  if (code >= 1200 && code <= 1301) return 'bad_request';
  return null;
};

const kindForStatus = (status: number, code: string | null): ApiErrorKind => {
  if (status < 400 && code !== null && /^\d+$/.test(code)) return kindForKlingCode(Number(code)) ?? 'bad_request';
  // An unknown task id may answer 400 `task_not_exist` instead of 404.
  if (status === 404 || code === 'task_not_exist') return 'not_found';
  if (status === 401) return 'auth';
  if (status === 403) return 'forbidden';
  if (status === 429) return 'rate_limited';
  if (status === 504) return 'timeout';
  if (status >= 500) return 'server';
  return 'bad_request';
};

/** Retry-After is either seconds or an HTTP date. */
export const parseRetryAfter = (value: string | null, now = Date.now()): number | null => {
  if (!value) return null;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isFinite(date) ? Math.max(0, date - now) : null;
};

export const apiErrorFromResponse = (status: number, body: unknown, retryAfter: string | null): ApiError => {
  const parsed = parseErrorBody(body);
  const code = parsed?.code ?? null;
  return new ApiError(kindForStatus(status, code), parsed?.message ?? `HTTP ${status}`, status, code, parseRetryAfter(retryAfter));
};
