import type { RunTimeEstimate } from './run-time-estimate.ts';

// The chance a task is still running at a given age, from a run-time estimate: a
// smoothed mixture of the learned totals and Kling's typical range (docs/polling.md).
// The typical range keeps a weight of its own however much is learned, so a gateway
// that turns slower or faster than its history is still expected somewhere.

type Component = { at: number; spread: number; weight: number };
export type FinishLikelihood = { components: Component[]; total: number };

const PRIOR_POINTS = 8;
const PRIOR_WEIGHT = 1; // as much as one learned task
const MIN_SPREAD_MS = 2_000;

// Abramowitz & Stegun 7.1.26: |error| < 1.5e-7, plenty for a poll schedule.
const erf = (x: number): number => {
  const sign = x < 0 ? -1 : 1;
  const z = Math.abs(x);
  const t = 1 / (1 + 0.3275911 * z);
  const poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  return sign * (1 - poly * Math.exp(-z * z));
};
const above = (x: number, { at, spread }: Component) => 0.5 * (1 - erf((x - at) / (spread * Math.SQRT2)));

const spreadOf = (sorted: number[]): number => {
  const n = sorted.length;
  const mean = sorted.reduce((sum, value) => sum + value, 0) / n;
  const sd = Math.sqrt(sorted.reduce((sum, value) => sum + (value - mean) ** 2, 0) / Math.max(1, n - 1));
  const iqr = (sorted[Math.floor(n * 0.75)] ?? mean) - (sorted[Math.floor(n * 0.25)] ?? mean);
  const scale = iqr > 0 ? Math.min(sd, iqr / 1.34) : sd;
  // Silverman's rule, kept from collapsing when a few tasks took the same time.
  return Math.max(MIN_SPREAD_MS, 0.03 * mean, 0.9 * scale * n ** -0.2);
};

/**
 * `offsetMs` shifts every learned time: a task the gateway says started at age s finishes
 * at s plus a learned run time (`runs`), not at a learned total.
 */
export const finishLikelihood = (estimate: RunTimeEstimate, learned: number[] = estimate.totals, offsetMs = 0): FinishLikelihood => {
  const { low, high } = estimate.typicalMs;
  const priorSpread = (high - low) / PRIOR_POINTS;
  const prior = Array.from({ length: PRIOR_POINTS }, (_, i) => ({
    at: low + (high - low) * ((i + 0.5) / PRIOR_POINTS),
    spread: priorSpread,
    weight: PRIOR_WEIGHT / PRIOR_POINTS,
  }));
  const spread = learned.length > 0 ? spreadOf(learned) : 0;
  const own = learned.map((ms) => ({ at: offsetMs + ms, spread, weight: 1 }));
  const components = [...own, ...prior];
  return { components, total: components.reduce((sum, c) => sum + c.weight, 0) };
};

/** P(the task is still running at this age). */
export const stillRunning = ({ components, total }: FinishLikelihood, ageMs: number): number =>
  components.reduce((sum, c) => sum + c.weight * above(ageMs, c), 0) / total;
