import type { Mode } from '../../api/contract-limits.ts';

// Kling's typical times (docs/gateway-contract.md#klings-parameter-limits): queued up to 30 s, then 30–120 s for std
// or 60–300 s for pro. Gateway progress is too coarse (10/20/30/100) to estimate from.
export const typicalDurationMs = (mode: Mode): { low: number; high: number } =>
  mode === 'pro' ? { low: 60_000, high: 330_000 } : { low: 30_000, high: 150_000 };
