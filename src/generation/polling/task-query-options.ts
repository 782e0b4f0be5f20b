import { queryOptions } from '@tanstack/react-query';
import { getTask } from '../../api/gateway-client.ts';
import type { TaskRef } from '../../api/gateway-routes.ts';
import { isTerminal, type Task } from '../../api/task.schema.ts';
import { nextPollDelay, pollStateOf } from './next-poll-delay.ts';
import type { RunTimeEstimate } from './run-time-estimate.ts';
import { pollLimiter } from './poll-limiter.ts';
import { taskKeys } from './task-keys.ts';

const finished = (task: Task | undefined) => task !== undefined && isTerminal(task.status);

// A failed poll is retried inside the same fetch on nextPollDelay's back-off (React
// Query counts the streak there), and its retries pause while the tab is hidden.
const retryDelay = (failureCount: number, error: unknown) =>
  nextPollDelay({ task: undefined, failureCount: failureCount + 1, error, ageMs: 0 }) || 0;
const retry = (failureCount: number, error: unknown) =>
  nextPollDelay({ task: undefined, failureCount: failureCount + 1, error, ageMs: 0 }) !== false;

export type TaskPollOptions = {
  /**
   * Keep polling while the tab is hidden. Off by default (a hidden tab sends no polls);
   * the app turns it on while queued items wait for a slot, which only polling can free.
   */
  inBackground?: boolean;
  /** How long tasks of this kind take here, read when each poll is scheduled (current-run-time.ts). */
  estimate?: () => RunTimeEstimate | null;
};

export const taskQueryOptions = (ref: TaskRef, submittedAt: number, { inBackground = false, estimate }: TaskPollOptions = {}) =>
  queryOptions({
    queryKey: taskKeys.detail(ref),
    queryFn: ({ signal }) => pollLimiter.run(() => getTask(ref, { signal }), signal),
    // Interval timers do not fire while the tab is hidden unless asked to; coming back
    // refetches every unfinished task, a few at a time.
    refetchInterval: (query) => nextPollDelay(pollStateOf(query.state, submittedAt, estimate?.() ?? null)),
    refetchIntervalInBackground: inBackground,
    refetchOnWindowFocus: (query) => !finished(query.state.data),
    refetchOnReconnect: (query) => !finished(query.state.data),
    staleTime: (query) => (finished(query.state.data) ? Infinity : 0),
    retry,
    retryDelay,
  });
