// When a simulated task changes state, as a pure function of the time since it was
// created. Everything is seeded from the task id, so one task always behaves the
// same way and a test can replay it.

export type ClockInput = {
  seed: string;
  mode: 'std' | 'pro';
  durationSeconds: number;
  timeScale: number;
  slow?: boolean;
  fail?: boolean;
  unknown?: boolean;
};

/** Offsets in milliseconds from the task's creation. */
export type ClockPlan = {
  queuedMs: number;
  generatingMs: number;
  failAtMs: number | null;
  unknownFromMs: number | null;
  unknownToMs: number | null;
};

export type RenderState = { status: 'pending' } | { status: 'ready' | 'failed'; atMs: number };

export type ClockStatus = 'queued' | 'generating' | 'unknown' | 'succeeded' | 'failed';

export type ClockState = {
  status: ClockStatus;
  // The gateway's progress is coarse: 0 while queued, 10/20/30 while generating, 100 when done.
  progress: 0 | 10 | 20 | 30 | 100;
  /** When the current status (and progress) began. */
  sinceMs: number;
  failure: 'moderation' | 'render' | null;
};

// CONTRACT.md, "Typical times": queued up to 30 s, then 30–120 s (std) or 60–300 s (pro).
const QUEUED_S = { min: 5, max: 30 };
const GENERATING_S = {
  std: { min: 30, max: 120, base: 30, perSecond: 6, jitter: 40 },
  pro: { min: 60, max: 300, base: 60, perSecond: 14, jitter: 100 },
} as const;
const SLOW_FACTOR = 5;

const hashSeed = (seed: string): number => {
  let hash = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) hash = Math.imul(hash ^ seed.charCodeAt(i), 0x01000193);
  return hash >>> 0;
};

/** mulberry32: a tiny deterministic generator of numbers in [0, 1). */
export const seededRandom = (seed: string): (() => number) => {
  let state = hashSeed(seed);
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

export const planTask = (input: ClockInput): ClockPlan => {
  const random = seededRandom(input.seed);
  const scale = input.timeScale * (input.slow ? SLOW_FACTOR : 1) * 1000;
  const g = GENERATING_S[input.mode];
  const queuedS = QUEUED_S.min + (QUEUED_S.max - QUEUED_S.min) * random();
  const generatingS = clamp(g.base + g.perSecond * input.durationSeconds + (random() - 0.5) * g.jitter, g.min, g.max);
  const queuedMs = queuedS * scale;
  const generatingMs = generatingS * scale;
  const failAt = random();
  return {
    queuedMs,
    generatingMs,
    failAtMs: input.fail ? queuedMs + generatingMs * (0.4 + 0.2 * failAt) : null,
    unknownFromMs: input.unknown ? queuedMs + generatingMs * 0.3 : null,
    unknownToMs: input.unknown ? queuedMs + generatingMs * 0.7 : null,
  };
};

/** When the task stops holding a slot, or null while that depends on a render still running. */
export const finishedAtMs = (plan: ClockPlan, render: RenderState): number | null => {
  if (plan.failAtMs !== null) return plan.failAtMs;
  if (render.status === 'pending') return null;
  return Math.max(plan.queuedMs + plan.generatingMs, render.atMs);
};

export const clockStateAt = (plan: ClockPlan, elapsedMs: number, render: RenderState): ClockState => {
  if (elapsedMs < plan.queuedMs) return { status: 'queued', progress: 0, sinceMs: 0, failure: null };
  if (plan.failAtMs !== null && elapsedMs >= plan.failAtMs)
    return { status: 'failed', progress: 100, sinceMs: plan.failAtMs, failure: 'moderation' };
  const finishedAt = finishedAtMs(plan, render);
  if (finishedAt !== null && elapsedMs >= finishedAt) {
    const failed = render.status === 'failed';
    return { status: failed ? 'failed' : 'succeeded', progress: 100, sinceMs: finishedAt, failure: failed ? 'render' : null };
  }
  // Past the clock's end but the clip is not rendered yet: stay at the last step.
  const third = Math.min(2, Math.floor(((elapsedMs - plan.queuedMs) / plan.generatingMs) * 3));
  const progress = ([10, 20, 30] as const)[third] ?? 30;
  const stepStart = plan.queuedMs + (plan.generatingMs * third) / 3;
  const { unknownFromMs: from, unknownToMs: to } = plan;
  if (from !== null && to !== null && elapsedMs >= from && elapsedMs < to)
    return { status: 'unknown', progress, sinceMs: Math.max(from, stepStart), failure: null };
  const afterUnknown = to !== null && to > stepStart && elapsedMs >= to ? to : stepStart;
  return { status: 'generating', progress, sinceMs: afterUnknown, failure: null };
};
