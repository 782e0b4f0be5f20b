import type { Mode } from '../../api/contract-limits.ts';
import type { Surface } from '../../api/gateway-routes.ts';
import type { TaskRecord } from '../records/task-record.ts';
import { typicalDurationMs } from './typical-duration.ts';

// How long a task of one kind takes on this gateway, learned from the studio's own
// finished tasks (docs/polling.md). Pure: records in, an estimate out.

export type RunKind = { model: string; mode: Mode; duration: number; surface: Surface };

/** One finished task's times, on the gateway's own clock. */
export type RunSample = { kind: RunKind; totalMs: number; queueMs: number | null; finishedAt: number };

export type RunTimeEstimate = {
  kind: RunKind;
  /** 'history' once enough finished tasks of this kind are known; else Kling's typical times. */
  basis: 'history' | 'typical';
  /** Finished tasks of this kind the estimate is learned from (newest first, at most MAX_SAMPLES). */
  count: number;
  /** Create → finish, sorted, in ms: the learned totals (empty on 'typical'). */
  totals: number[];
  /** Create → running and running → finish, sorted, where the gateway said when a task started (new-api's start_time). */
  queues: number[];
  runs: number[];
  /** The middle half of the totals (or Kling's typical range), for the card. */
  usualMs: { low: number; high: number };
  /** Kling's typical range for the mode: the prior the learned totals are blended with. */
  typicalMs: { low: number; high: number };
};

// Enough for a stable middle half; older tasks say less about the gateway of today.
export const MAX_SAMPLES = 30;
export const MIN_SAMPLES = 3;
// The longest a sample may claim: a task resumed days later says nothing about run time.
const MAX_TOTAL_MS = 60 * 60_000;

const sameKind = (a: RunKind, b: RunKind) =>
  a.model === b.model && a.mode === b.mode && a.duration === b.duration && a.surface === b.surface;

/** The kind a record's task is, when the studio knows its request. */
export const runKindOf = (record: TaskRecord): RunKind | null =>
  record.request
    ? { model: record.request.model, mode: record.request.mode, duration: record.request.duration, surface: record.ref.surface }
    : null;

/** A succeeded task's times, when the gateway gave both ends (its clock, so a skewed local clock cannot distort them). */
export const runSampleOf = (record: TaskRecord): RunSample | null => {
  const kind = runKindOf(record);
  const task = record.task;
  if (!kind || task?.status !== 'succeeded' || !task.createdAt || !task.completedAt) return null;
  const totalMs = task.completedAt - task.createdAt;
  if (totalMs <= 0 || totalMs > MAX_TOTAL_MS) return null;
  const started = task.startedAt ?? null;
  const queueMs = started !== null && started >= task.createdAt && started <= task.completedAt ? started - task.createdAt : null;
  return { kind, totalMs, queueMs, finishedAt: task.completedAt };
};

const quantile = (sorted: number[], q: number): number => {
  const at = (sorted.length - 1) * q;
  const below = Math.floor(at);
  const above = Math.min(sorted.length - 1, below + 1);
  return (sorted[below] ?? 0) + ((sorted[above] ?? 0) - (sorted[below] ?? 0)) * (at - below);
};

export const estimateRunTime = (samples: readonly RunSample[], kind: RunKind): RunTimeEstimate => {
  const own = samples
    .filter((sample) => sameKind(sample.kind, kind))
    .sort((a, b) => b.finishedAt - a.finishedAt)
    .slice(0, MAX_SAMPLES);
  const totals = own.map((sample) => sample.totalMs).sort((a, b) => a - b);
  const started = own.flatMap(({ queueMs, totalMs }) => (queueMs === null ? [] : [{ queueMs, runMs: totalMs - queueMs }]));
  const queues = started.map((sample) => sample.queueMs).sort((a, b) => a - b);
  const runs = started.map((sample) => sample.runMs).sort((a, b) => a - b);
  const typicalMs = typicalDurationMs(kind.mode);
  const learned = totals.length >= MIN_SAMPLES;
  return {
    kind,
    basis: learned ? 'history' : 'typical',
    count: totals.length,
    totals,
    queues,
    runs,
    usualMs: learned ? { low: quantile(totals, 0.25), high: quantile(totals, 0.75) } : typicalMs,
    typicalMs,
  };
};

/** Every record's sample, once; estimates for many kinds are then cheap. */
export const runSamplesOf = (records: readonly TaskRecord[]): RunSample[] =>
  records.flatMap((record) => {
    const sample = runSampleOf(record);
    return sample ? [sample] : [];
  });
