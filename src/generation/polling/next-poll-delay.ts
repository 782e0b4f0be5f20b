import { ApiError } from '../../api/api-error.ts';
import { isTerminal, type Task } from '../../api/task.schema.ts';

// Kling takes 30 s to 5 min per clip, so polling starts quick (a short clip may be
// done in seconds) and stretches in proportion to the task's age up to a ceiling.
export const POLL_MIN_MS = 1_000;
export const POLL_MAX_MS = 15_000;
const POLL_AGE_FACTOR = 0.2;
// docs/gateway-contract.md#errors: back off exponentially from 1 s on 429; faults start a little slower.
const RATE_LIMIT_BASE_MS = 1_000;
const ERROR_BASE_MS = 2_000;
const ERROR_MAX_MS = 60_000;
// A task the gateway answers `task_not_exist` for three times running is gone
// (e.g. older than its retention); asking forever would only waste the quota.
export const NOT_FOUND_GIVE_UP = 3;

export type PollState = {
  task: Task | undefined;
  failureCount: number; // consecutive failed fetches, reset by a success
  error: unknown; // the latest failure
  ageMs: number; // from submission to the latest answer
  random?: () => number;
};

// A refused key (401) fails every poll alike: stop at once, and the global banner
// resumes polling when the user says the key is fixed.
const givesUp = (failureCount: number, error: unknown): boolean =>
  error instanceof ApiError && ((error.kind === 'not_found' && failureCount >= NOT_FOUND_GIVE_UP) || error.kind === 'auth');

/** The delay until the next poll of a task, or false when it must not be polled again. */
export const nextPollDelay = ({ task, failureCount, error, ageMs, random = Math.random }: PollState): number | false => {
  if (task && isTerminal(task.status)) return false;
  if (failureCount > 0) {
    if (givesUp(failureCount, error)) return false;
    // The gateway's own wait wins; otherwise exponential back-off with jitter so
    // many tabs do not retry in step.
    if (error instanceof ApiError && error.retryAfterMs !== null) return Math.max(error.retryAfterMs, POLL_MIN_MS);
    const base = error instanceof ApiError && error.kind === 'rate_limited' ? RATE_LIMIT_BASE_MS : ERROR_BASE_MS;
    const backoff = Math.min(ERROR_MAX_MS, base * 2 ** (failureCount - 1));
    return Math.round(backoff * (0.5 + random()));
  }
  return Math.round(Math.min(POLL_MAX_MS, Math.max(POLL_MIN_MS, ageMs * POLL_AGE_FACTOR)));
};

type QueryStateLike = {
  data: Task | undefined;
  dataUpdatedAt: number;
  error: unknown;
  fetchFailureCount: number;
  fetchFailureReason: unknown;
};

/**
 * The poll state as React Query holds it. Age is measured to the latest answer, not
 * to "now", so re-rendering never changes the interval and restarts its timer.
 */
export const pollStateOf = (state: QueryStateLike, submittedAt: number): PollState => ({
  task: state.data,
  failureCount: state.fetchFailureCount,
  error: state.fetchFailureReason ?? state.error,
  ageMs: state.dataUpdatedAt > 0 ? Math.max(0, state.dataUpdatedAt - submittedAt) : 0,
  random: () => 0.5,
});
