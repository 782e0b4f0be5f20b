import { ApiError } from '../../api/api-error.ts';
import { isTerminal, type Task } from '../../api/task.schema.ts';
import { finishLikelihood, stillRunning } from './finish-likelihood.ts';
import { MIN_SAMPLES, type RunTimeEstimate } from './run-time-estimate.ts';

// Kling takes 30 s to 5 min per clip. With a run-time estimate (run-time-estimate.ts)
// the polls go where a finish is likely (docs/polling.md); without one, or once a task
// has outlived its estimate, polling stretches in proportion to the task's age.
export const POLL_MIN_MS = 1_000;
export const POLL_MAX_MS = 15_000;
const POLL_AGE_FACTOR = 0.2;
// The schedule's one knob: each interval is made as short as makes (its length × the
// chance the task finishes inside it) reach this. Long where a finish is unlikely, short
// where it is likely. At 400 ms, on Kling-like run times, it spends a half to four fifths
// of the age-stretched schedule's polls and sees a finish in about a quarter of its time
// (poll-schedule.test.ts).
export const LIKELY_FINISH_COST_MS = 400;
// Past this little chance of still running, the estimate has nothing left to say.
const OUTLIVED_BELOW = 0.03;
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
  /** How long tasks of this kind take here; absent, polling stretches with age alone. */
  estimate?: RunTimeEstimate | null;
  random?: () => number;
};

// A refused key (401) fails every poll alike: stop at once, and the global banner
// resumes polling when the user says the key is fixed.
const givesUp = (failureCount: number, error: unknown): boolean =>
  error instanceof ApiError && ((error.kind === 'not_found' && failureCount >= NOT_FOUND_GIVE_UP) || error.kind === 'auth');

/** The delay until the next poll of a task, or false when it must not be polled again. */
export const nextPollDelay = ({ task, failureCount, error, ageMs, estimate, random = Math.random }: PollState): number | false => {
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
  const aged = Math.round(Math.min(POLL_MAX_MS, Math.max(POLL_MIN_MS, ageMs * POLL_AGE_FACTOR)));
  const likely = estimate ? likelyFinishDelay(estimate, ageMs, startedAfterMs(task)) : null;
  if (likely === null) return aged;
  // Until a few tasks of the kind have finished here, Kling's typical range may only
  // shorten the age-stretched delays: it is too wide to skip polls on, and a gateway much
  // faster than Kling would otherwise wait 15 s for a clip made in 2.
  return estimate?.basis === 'history' ? likely : Math.min(likely, aged);
};

/** When the gateway said the task started running, from its creation (new-api's start_time). */
const startedAfterMs = (task: Task | undefined): number | null =>
  task?.startedAt && task.createdAt && task.startedAt >= task.createdAt ? task.startedAt - task.createdAt : null;

/** The shortest delay whose length × chance of a finish inside it reaches LIKELY_FINISH_COST_MS; null once outlived. */
export const likelyFinishDelay = (estimate: RunTimeEstimate, ageMs: number, startedAfter: number | null = null): number | null => {
  const likelihood =
    startedAfter !== null && estimate.runs.length >= MIN_SAMPLES
      ? finishLikelihood(estimate, estimate.runs, startedAfter)
      : finishLikelihood(estimate);
  const alive = stillRunning(likelihood, ageMs);
  if (alive < OUTLIVED_BELOW) return null;
  const worth = (delay: number) => delay * (1 - stillRunning(likelihood, ageMs + delay) / alive) >= LIKELY_FINISH_COST_MS;
  if (worth(POLL_MIN_MS)) return POLL_MIN_MS;
  if (!worth(POLL_MAX_MS)) return POLL_MAX_MS;
  let [short, long] = [POLL_MIN_MS, POLL_MAX_MS];
  while (long - short > 100) {
    const middle = (short + long) / 2;
    if (worth(middle)) long = middle;
    else short = middle;
  }
  return Math.round(long);
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
export const pollStateOf = (state: QueryStateLike, submittedAt: number, estimate: RunTimeEstimate | null = null): PollState => ({
  task: state.data,
  failureCount: state.fetchFailureCount,
  error: state.fetchFailureReason ?? state.error,
  ageMs: state.dataUpdatedAt > 0 ? Math.max(0, state.dataUpdatedAt - submittedAt) : 0,
  estimate,
  random: () => 0.5,
});
