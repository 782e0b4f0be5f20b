import type { RuleIssue } from '../../../api/check-request.ts';

/**
 * Which region each mask issue is about: `staticMask` is the still area,
 * `dynamicMasks.N…` the region sent as entry N; the rest concern all the masks.
 */
export const issuesByRegion = (issues: readonly RuleIssue[], staticId: number | undefined, dynamicIds: readonly number[]) => {
  const byRegion = new Map<number, RuleIssue[]>();
  const general: RuleIssue[] = [];
  for (const issue of issues) {
    const entry = /^dynamicMasks\.(\d+)(\.|$)/.exec(issue.field);
    const id = issue.field === 'staticMask' ? staticId : entry ? dynamicIds[Number(entry[1])] : undefined;
    if (id === undefined) general.push(issue);
    else byRegion.set(id, [...(byRegion.get(id) ?? []), issue]);
  }
  return { byRegion, general };
};
