import { isFinished, isUncertain, type TaskRecord } from '../records/task-record.ts';

// A task the gateway forgot, or one stuck on a status the studio does not know,
// would otherwise hold a queue slot for ever; Kling finishes any task well within this.
export const RUNNING_WINDOW_MS = 3 * 60 * 60 * 1000;

/** Tasks this studio created that the gateway is still working on: what counts against the queue's limit. */
export const countRunning = (records: readonly TaskRecord[], now: number): number =>
  records.filter(
    (record) => record.origin === 'studio' && !isUncertain(record) && !isFinished(record) && now - record.submittedAt < RUNNING_WINDOW_MS,
  ).length;
