import { describe, expect, it } from 'vitest';
import { sampleRecord } from '../../testing/sample-record.ts';
import type { TaskRecord } from '../records/task-record.ts';
import { MIN_SAMPLES, estimateRunTime, runKindOf, runSampleOf, runSamplesOf } from './run-time-estimate.ts';
import { typicalDurationMs } from './typical-duration.ts';

// A succeeded std 5 s task that took `totalMs` on the gateway's clock, created at `createdAt`.
const finished = (id: string, totalMs: number, createdAt = 1_770_000_000_000, startedAfter?: number): TaskRecord => {
  const record = sampleRecord(id, 'succeeded', createdAt);
  return {
    ...record,
    task: {
      ...record.task!,
      completedAt: createdAt + totalMs,
      startedAt: startedAfter === undefined ? undefined : createdAt + startedAfter,
    },
  };
};
const std5 = runKindOf(sampleRecord('kind'))!;

describe('runSampleOf', () => {
  it('takes a succeeded task’s times from the gateway’s clock, not the local one', () => {
    const record = { ...finished('a', 70_000), submittedAt: 5 };
    expect(runSampleOf(record)).toEqual({ kind: std5, totalMs: 70_000, queueMs: null, finishedAt: 1_770_000_070_000 });
  });

  it('splits queue and run where the gateway said when the task started', () => {
    expect(runSampleOf(finished('a', 70_000, undefined, 12_000))).toMatchObject({ totalMs: 70_000, queueMs: 12_000 });
  });

  it('learns nothing from a failed, running, added-by-id or timeless task, or one that “took” days', () => {
    expect(runSampleOf(sampleRecord('f', 'failed'))).toBeNull();
    expect(runSampleOf(sampleRecord('r', 'running'))).toBeNull();
    expect(runSampleOf({ ...finished('i', 70_000), request: null })).toBeNull();
    const timeless = finished('t', 70_000);
    expect(runSampleOf({ ...timeless, task: { ...timeless.task!, createdAt: null } })).toBeNull();
    expect(runSampleOf(finished('d', 3 * 86_400_000))).toBeNull();
  });
});

describe('estimateRunTime', () => {
  it('uses Kling’s typical times until enough tasks of the kind have finished', () => {
    const samples = runSamplesOf([finished('a', 60_000), finished('b', 80_000)]);
    expect(MIN_SAMPLES).toBe(3);
    expect(estimateRunTime(samples, std5)).toMatchObject({ basis: 'typical', count: 2, usualMs: typicalDurationMs('std') });
  });

  it('learns the middle half of the totals of its own kind only, newest first', () => {
    const records = [60, 70, 80, 90, 100].map((s, i) => finished(`s${i}`, s * 1000, 1_770_000_000_000 + i * 1000));
    const pro = { ...finished('p', 250_000), request: { ...finished('p', 1).request!, mode: 'pro' as const } };
    const estimate = estimateRunTime(runSamplesOf([...records, pro]), std5);
    expect(estimate).toMatchObject({ basis: 'history', count: 5, usualMs: { low: 70_000, high: 90_000 } });
    expect(estimateRunTime(runSamplesOf([...records, pro]), { ...std5, surface: 'kling' }).basis).toBe('typical');
  });

  it('keeps the queue and run times apart where they are known', () => {
    const records = [finished('a', 70_000, undefined, 10_000), finished('b', 90_000, undefined, 20_000), finished('c', 80_000)];
    expect(estimateRunTime(runSamplesOf(records), std5)).toMatchObject({ queues: [10_000, 20_000], runs: [60_000, 70_000] });
  });
});
