// What went wrong talking to the gateway, in categories the UI can explain in
// plain words and the poller can act on. Only the type: the composer explains errors
// from the start; turning an answer into one is read-response.ts's job (with zod).
export type ApiErrorKind =
  | 'bad_request'
  | 'auth'
  | 'forbidden'
  | 'not_found'
  | 'rate_limited'
  | 'server'
  | 'timeout'
  | 'network'
  | 'bad_response'
  // A web page where JSON was expected: new-api answers an unknown /kling/… path with 200 HTML.
  | 'unsupported_route';

export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly kind: ApiErrorKind,
    message: string,
    readonly status: number | null = null,
    readonly code: string | null = null,
    readonly retryAfterMs: number | null = null,
  ) {
    super(message);
  }
}
