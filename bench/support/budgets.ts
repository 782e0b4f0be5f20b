import { readFileSync } from 'node:fs';

// The checked-in budgets (bench/budgets.json), shared by `npm run bench` and `npm run test:bundle`.

export type OnDemandPart = { name: string; pattern: string };
export type Budgets = {
  bundle: { initialJsGzipRatio: number; initialJsGzipBytes: number; onDemand: OnDemandPart[] };
  start: { composerUsableRatio: number; lcpRatio: number };
  gallery: { firstPaintRatio: number; scrollP95FrameMs: number; domNodesRatio: number };
  polling: {
    pollsRatio: number;
    pollsVsAgeStretched: number;
    afterCompletion: number;
    whileHidden: number;
    playableSlackMs: number;
    playableVsAgeStretched: number;
  };
  proxy: { p50VsFloor: number; p99VsFloor: number; throughputVsFloor: number; errors: number };
  production: { p50Ratio: number; errors: number; downloadRssGrowthMiB: number };
};

export const budgets: Budgets = JSON.parse(readFileSync(new URL('../budgets.json', import.meta.url), 'utf8')) as Budgets;

/** Heavy parts that must load on demand, and the initial modules that match each. */
export const onDemandViolations = (initialModules: string[], parts = budgets.bundle.onDemand) =>
  parts
    .map((part) => ({ name: part.name, modules: initialModules.filter((id) => new RegExp(part.pattern).test(id)) }))
    .filter((violation) => violation.modules.length > 0);
