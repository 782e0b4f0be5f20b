import { describe, expect, it } from 'vitest';
import { elapsedMs, estimate } from './elapsed.ts';
import { sampleRecord } from '../../../testing/sample-record.ts';
import { typicalDurationMs } from '../../../generation/polling/typical-duration.ts';

describe('elapsedMs', () => {
  it('uses the gateway clock for a finished task', () => {
    const record = { ...sampleRecord('a', 'succeeded', 5_000), submittedAt: 1 };
    expect(elapsedMs(record, 999_999_999)).toBe(60_000);
  });
  it('counts from submission while running', () => {
    expect(elapsedMs(sampleRecord('a', 'running', 1_000), 31_000)).toBe(30_000);
  });
});

describe('estimate', () => {
  it('moves with time, never reaches the end, and owns up when it is late', () => {
    expect(estimate(typicalDurationMs('std'), 0, null).fraction).toBe(0);
    expect(estimate(typicalDurationMs('std'), 45_000, 10)).toMatchObject({ fraction: 0.5, remainingMs: 45_000, overdue: false });
    expect(estimate(typicalDurationMs('std'), 10 * 60_000, 30)).toMatchObject({ fraction: 0.95, remainingMs: null, overdue: true });
    // Past the typical time but not yet late: no "about 0 s left", and not "late" either.
    expect(estimate(typicalDurationMs('std'), 100_000, 50)).toMatchObject({ remainingMs: null, overdue: false });
    // The gateway's coarse progress only ever moves the bar forward.
    expect(estimate(typicalDurationMs('pro'), 1_000, 30).fraction).toBe(0.3);
  });
});
