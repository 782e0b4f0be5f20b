import type { TaskRecord } from '../../../generation/records/task-record.ts';

/**
 * How long a task took, or has taken so far. A finished task is measured on the
 * gateway's own clock when it gave both ends, so a skewed local clock cannot distort it.
 */
export const elapsedMs = (record: TaskRecord, now: number): number => {
  const task = record.task;
  const end = task?.completedAt ?? null;
  if (end !== null && task?.createdAt) return end - task.createdAt;
  return (end ?? now) - record.submittedAt;
};

/** `remainingMs` is null past the typical duration: "about 0 s left" for a minute says nothing. */
export type Estimate = { low: number; high: number; fraction: number; remainingMs: number | null; overdue: boolean };

/**
 * Where a running task probably is, from the usual range of its kind (learned on this
 * gateway, or Kling's typical times): the gateway's progress is too coarse to tell.
 */
export const estimate = ({ low, high }: { low: number; high: number }, elapsed: number, gatewayProgress: number | null): Estimate => {
  const typical = (low + high) / 2;
  const byTime = Math.min(0.95, elapsed / typical);
  const fraction = Math.max(byTime, Math.min(0.95, (gatewayProgress ?? 0) / 100));
  const overdue = elapsed > high;
  return { low, high, fraction, remainingMs: elapsed < typical ? typical - elapsed : null, overdue };
};
