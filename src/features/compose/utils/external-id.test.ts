import { describe, expect, it } from 'vitest';
import { externalIdsForRuns, newExternalTaskId } from './external-id.ts';

describe('newExternalTaskId', () => {
  it('is readable and differs with time and chance', () => {
    expect(newExternalTaskId(0, () => 0)).toBe('studio-0-000000');
    expect(newExternalTaskId(1_770_000_000_000, () => 0.5)).not.toBe(newExternalTaskId(1_770_000_000_000, () => 0.25));
  });
});

describe('externalIdsForRuns', () => {
  it('keeps a single run’s id and numbers several runs so each is unique', () => {
    expect(externalIdsForRuns('shoot-1', 1)).toEqual(['shoot-1']);
    expect(externalIdsForRuns('shoot-1', 3)).toEqual(['shoot-1-1', 'shoot-1-2', 'shoot-1-3']);
    expect(externalIdsForRuns(null, 2)).toEqual([null, null]);
  });
});
