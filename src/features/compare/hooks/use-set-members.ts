import { useMemo } from 'react';
import type { CompareMember } from '../utils/compare-member.ts';
import { clipDownloadPath } from '../../../api/download-urls.ts';
import { useTaskRecordsStore } from '../../../generation/records/task-records-store.ts';
import { clipUrl, isFinished, isUncertain, recordKey, type TaskRecord } from '../../../generation/records/task-record.ts';

export const toMember = (record: TaskRecord & { set: NonNullable<TaskRecord['set']> }): CompareMember => {
  const url = clipUrl(record);
  const { task } = record;
  return {
    key: recordKey(record.ref),
    set: record.set,
    request: record.request,
    status: isUncertain(record) ? 'uncertain' : (task?.status ?? 'queued'),
    progress: task?.progress ?? null,
    error: task?.error?.message ?? null,
    clipUrl: url,
    sizeUrl: url ? clipDownloadPath(record.ref, { prompt: record.request?.prompt ?? '', mode: record.request?.mode ?? null }) : null,
    // "Submit → done" subtracts this from completedAt: the gateway's createdAt is on the same clock; the studio's is not.
    submittedAt: task?.createdAt ?? record.submittedAt,
    // Some gateways never fill completed_at: the last update of a finished task is when it finished.
    completedAt: task && isFinished(record) ? (task.completedAt ?? task.updatedAt) : null,
  };
};

const inSet =
  (setId: string) =>
  (record: TaskRecord): record is TaskRecord & { set: NonNullable<TaskRecord['set']> } =>
    record.set?.id === setId;

/** The members of one comparison set, in the order they were sent; live as polling updates the records. */
export const useSetMembers = (setId: string): { members: CompareMember[]; hydrated: boolean } => {
  const records = useTaskRecordsStore((state) => state.records);
  const hydrated = useTaskRecordsStore((state) => state.hydrated);
  const members = useMemo(
    () =>
      records
        .filter(inSet(setId))
        .sort((a, b) => a.set.position - b.set.position || a.submittedAt - b.submittedAt)
        .map(toMember),
    [records, setId],
  );
  return { members, hydrated };
};
