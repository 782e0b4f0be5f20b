import { isFinished, recordKey, type TaskRecord } from '../../../generation/records/task-record.ts';

/**
 * The tasks that finished between two versions of the history: known and unfinished
 * before, finished now. Loading, importing or another tab's copy of an already
 * finished task is not a finish and gets no notice.
 */
export const finishedBetween = (prev: TaskRecord[], next: TaskRecord[]): TaskRecord[] => {
  const before = new Map(prev.map((record) => [recordKey(record.ref), record]));
  return next.filter((record) => {
    const old = before.get(recordKey(record.ref));
    return old !== undefined && old !== record && !isFinished(old) && isFinished(record);
  });
};
