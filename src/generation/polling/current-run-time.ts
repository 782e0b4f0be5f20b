import { useTaskRecordsStore } from '../records/task-records-store.ts';
import type { TaskRecord } from '../records/task-record.ts';
import { estimateRunTime, runKindOf, runSamplesOf, type RunSample, type RunTimeEstimate } from './run-time-estimate.ts';

// The run-time estimate for a task from the history as it is now. Read when a poll is
// scheduled or a running card renders (each second), not subscribed to: the samples are
// worked out again only when the records change.

let cached: { records: readonly TaskRecord[]; samples: RunSample[] } | null = null;

const currentSamples = (): RunSample[] => {
  const { records } = useTaskRecordsStore.getState();
  if (cached?.records !== records) cached = { records, samples: runSamplesOf(records) };
  return cached.samples;
};

/** null for a task whose request the studio never saw (added by id): its kind is unknown. */
export const currentRunTimeEstimate = (record: TaskRecord): RunTimeEstimate | null => {
  const kind = runKindOf(record);
  return kind ? estimateRunTime(currentSamples(), kind) : null;
};
