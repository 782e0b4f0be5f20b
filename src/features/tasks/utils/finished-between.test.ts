import { describe, expect, it } from 'vitest';
import { finishedBetween } from './finished-between.ts';
import { sampleRecord } from '../../../testing/sample-record.ts';

describe('finishedBetween', () => {
  it('names the tasks that went from running to finished', () => {
    const running = sampleRecord('a', 'running');
    const queued = sampleRecord('b', null);
    const done = sampleRecord('a', 'succeeded');
    const failed = sampleRecord('b', 'failed');
    expect(finishedBetween([running, queued], [done, failed])).toEqual([done, failed]);
  });

  it('ignores loaded, imported and already finished tasks', () => {
    const done = sampleRecord('a', 'succeeded');
    expect(finishedBetween([], [done])).toEqual([]);
    expect(finishedBetween([done], [{ ...done, starred: true }])).toEqual([]);
    expect(finishedBetween([sampleRecord('b', 'running')], [sampleRecord('b', 'unknown')])).toEqual([]);
  });
});
