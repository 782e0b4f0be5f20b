import type { SubmissionDraft } from '../lib/submission.ts';
import type { Surface } from '../api/gateway-routes.ts';
import { useTaskRecordsStore } from '../features/tasks/stores/task-records-store.ts';
import type { TaskRecord } from '../features/tasks/utils/task-record.ts';
import { otherModeRun } from './other-mode.ts';

/**
 * "Run the other mode": saves the original's set membership (a new set if it had none),
 * sends its twin, and answers the set's id for the compare view. Loaded when pressed.
 */
export const runOtherMode = (record: TaskRecord, send: (drafts: SubmissionDraft[], surface?: Surface) => void): string | null => {
  if (!record.request) return null;
  const { records, assignSet } = useTaskRecordsStore.getState();
  const setId = record.set?.id;
  const taken = setId ? records.flatMap((other) => (other.set?.id === setId ? [other.set.position] : [])) : [];
  const { draft, assign } = otherModeRun({ request: record.request, ...(record.set ? { set: record.set } : {}) }, taken);
  if (assign) assignSet(record.ref, assign);
  send([draft], record.ref.surface);
  return draft.set?.id ?? null;
};
