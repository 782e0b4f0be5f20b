import { ApiError } from '../../api/api-error.ts';

/**
 * Whether a failed create may still have reached the gateway: the connection broke
 * or timed out after the request left, or the proxy in front answered 502/504.
 * Any other error is the gateway's own clear "no".
 */
export const isSubmissionUncertain = (error: unknown): boolean => {
  if (!(error instanceof ApiError)) return true; // not an answer at all
  return error.kind === 'network' || error.kind === 'timeout' || error.status === 502 || error.status === 504;
};
