import { useTaskRecordsStore } from '../records/task-records-store.ts';
import type { TaskRecord } from '../records/task-record.ts';
import { send } from '../send.ts';
import { otherModeRun } from './other-mode.ts';

/**
 * "Run the other mode": saves the original's set membership (a new set if it had none),
 * sends its twin, and answers the set's id for the compare view. Loaded when pressed.
 */
export const runOtherMode = (record: TaskRecord): string | null => {
  if (!record.request) return null;
  const { records, assignSet } = useTaskRecordsStore.getState();
  const setId = record.set?.id;
  const taken = setId ? records.flatMap((other) => (other.set?.id === setId ? [other.set.position] : [])) : [];
  const { draft, assign } = otherModeRun({ request: record.request, ...(record.set ? { set: record.set } : {}) }, taken);
  if (assign) assignSet(record.ref, assign);
  send([draft], record.ref.surface);
  return draft.set?.id ?? null;
};
