import { clockStateAt, type ClockPlan, type ClockState, type ClockStatus, type RenderState } from './task-clock.ts';

// new-api answers a query from its own table, which a background loop refreshes from
// Kling every 15 s (service/task_polling.go): a task reads NOT_START until that loop
// first polls it, then whatever Kling said at the latest poll. A pure function of the
// time since the create, like the task clock it reads.

export type NewApiStatus = 'NOT_START' | 'SUBMITTED' | 'IN_PROGRESS' | 'SUCCESS' | 'FAILURE';

export type NewApiView = {
  status: NewApiStatus;
  progress: string;
  /** Kling's state at the latest poll; null before the first. */
  kling: ClockState | null;
  /** Offsets from the create, in milliseconds, of the polls that saw the task start and finish. */
  startMs: number | null;
  finishMs: number | null;
  updatedMs: number;
};

const POLL_EVERY_S = 15;
// The first poll lands inside Kling's queue (3–18 s after the create), so both
// NOT_START and SUBMITTED are seen: SUBMITTED lasts until the next poll at least.
export const FIRST_POLL_SHARE = 0.6;

// Kling's `unknown` fails new-api's parse, so the row stays IN_PROGRESS.
const words: Record<ClockStatus, [NewApiStatus, string]> = {
  queued: ['SUBMITTED', '10%'],
  generating: ['IN_PROGRESS', '30%'],
  unknown: ['IN_PROGRESS', '30%'],
  succeeded: ['SUCCESS', '100%'],
  failed: ['FAILURE', '100%'],
};

export const pollTimes = (plan: ClockPlan, timeScale: number) => ({
  firstMs: plan.queuedMs * FIRST_POLL_SHARE,
  everyMs: POLL_EVERY_S * 1000 * timeScale,
});

export const newApiViewAt = (plan: ClockPlan, render: RenderState, elapsedMs: number, timeScale: number): NewApiView => {
  const { firstMs, everyMs } = pollTimes(plan, timeScale);
  if (elapsedMs < firstMs) return { status: 'NOT_START', progress: '0%', kling: null, startMs: null, finishMs: null, updatedMs: 0 };
  const lastMs = firstMs + Math.floor((elapsedMs - firstMs) / everyMs) * everyMs;
  const pollAtOrAfter = (ms: number) => Math.min(lastMs, ms <= firstMs ? firstMs : firstMs + Math.ceil((ms - firstMs) / everyMs) * everyMs);
  const kling = clockStateAt(plan, lastMs, render);
  const [status, progress] = words[kling.status];
  const startMs = kling.status === 'queued' ? null : pollAtOrAfter(plan.queuedMs);
  const finishMs = status === 'SUCCESS' || status === 'FAILURE' ? pollAtOrAfter(kling.sinceMs) : null;
  return { status, progress, kling, startMs, finishMs, updatedMs: finishMs ?? startMs ?? firstMs };
};
