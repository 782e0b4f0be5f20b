import { describe, expect, it } from 'vitest';
import type { RuleIssue } from '../../../api/check-request.ts';
import { issuesByRegion } from './region-issues.ts';

const issue = (field: string, rule = 'x'): RuleIssue => ({ field, rule, params: {}, message: field });

describe('issuesByRegion', () => {
  it('puts each mask issue on the region it was sent from', () => {
    const { byRegion, general } = issuesByRegion(
      [
        issue('staticMask'),
        issue('dynamicMasks.1.trajectories'),
        issue('dynamicMasks.0.mask'),
        issue('dynamicMasks', 'too_many_masks'),
        issue('dynamicMasks.7.mask'),
      ],
      1,
      [4, 2],
    );
    expect([...byRegion].map(([id, list]) => [id, list.map((i) => i.field)])).toEqual([
      [1, ['staticMask']],
      [2, ['dynamicMasks.1.trajectories']],
      [4, ['dynamicMasks.0.mask']],
    ]);
    expect(general.map((i) => i.field)).toEqual(['dynamicMasks', 'dynamicMasks.7.mask']);
  });
});
