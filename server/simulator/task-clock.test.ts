import { describe, expect, it } from 'vitest';
import { clockStateAt, finishedAtMs, planTask, seededRandom, type ClockInput } from './task-clock.ts';

const input = (over: Partial<ClockInput> = {}): ClockInput => ({
  seed: 'video_abc',
  mode: 'std',
  durationSeconds: 5,
  timeScale: 1,
  ...over,
});
const ready = (atMs: number) => ({ status: 'ready' as const, atMs });

describe('planTask', () => {
  it('is deterministic per seed and differs between seeds', () => {
    expect(planTask(input())).toEqual(planTask(input()));
    expect(planTask(input({ seed: 'other' }))).not.toEqual(planTask(input()));
    const a = seededRandom('x');
    const b = seededRandom('x');
    expect([a(), a(), a()]).toEqual([b(), b(), b()]);
  });

  it('keeps queue and generation times within the documented ranges', () => {
    for (let i = 0; i < 300; i++) {
      for (const mode of ['std', 'pro'] as const) {
        const durationSeconds = 1 + (i % 15);
        const plan = planTask(input({ seed: `task-${i}`, mode, durationSeconds }));
        expect(plan.queuedMs).toBeGreaterThanOrEqual(5_000);
        expect(plan.queuedMs).toBeLessThanOrEqual(30_000);
        const [min, max] = mode === 'std' ? [30_000, 120_000] : [60_000, 300_000];
        expect(plan.generatingMs).toBeGreaterThanOrEqual(min);
        expect(plan.generatingMs).toBeLessThanOrEqual(max);
        expect(plan.failAtMs).toBeNull();
        expect(plan.unknownFromMs).toBeNull();
      }
    }
  });

  it('makes longer clips and pro mode slower on average', () => {
    const mean = (mode: 'std' | 'pro', durationSeconds: number) => {
      let sum = 0;
      for (let i = 0; i < 200; i++) sum += planTask(input({ seed: `s${i}`, mode, durationSeconds })).generatingMs;
      return sum / 200;
    };
    expect(mean('std', 15)).toBeGreaterThan(mean('std', 5));
    expect(mean('pro', 5)).toBeGreaterThan(mean('std', 5));
  });

  it('scales with timeScale, and [sim:slow] takes five times longer', () => {
    const base = planTask(input());
    const fast = planTask(input({ timeScale: 0.01 }));
    expect(fast.queuedMs).toBeCloseTo(base.queuedMs / 100);
    expect(fast.generatingMs).toBeCloseTo(base.generatingMs / 100);
    const slow = planTask(input({ slow: true }));
    expect(slow.queuedMs).toBeCloseTo(base.queuedMs * 5);
    expect(slow.generatingMs).toBeCloseTo(base.generatingMs * 5);
  });

  it('places a failure and an unknown stretch inside generation', () => {
    const plan = planTask(input({ fail: true, unknown: true }));
    const end = plan.queuedMs + plan.generatingMs;
    expect(plan.failAtMs).toBeGreaterThan(plan.queuedMs);
    expect(plan.failAtMs).toBeLessThan(end);
    expect(plan.unknownFromMs).toBeGreaterThan(plan.queuedMs);
    expect(plan.unknownToMs).toBeLessThan(end);
  });
});

describe('clockStateAt', () => {
  const plan = { queuedMs: 1000, generatingMs: 3000, failAtMs: null, unknownFromMs: null, unknownToMs: null };

  it('walks queued → 10/20/30 → succeeded', () => {
    const at = (ms: number) => clockStateAt(plan, ms, ready(0));
    expect(at(0)).toEqual({ status: 'queued', progress: 0, sinceMs: 0, failure: null });
    expect(at(999).status).toBe('queued');
    expect(at(1000)).toMatchObject({ status: 'generating', progress: 10, sinceMs: 1000 });
    expect(at(2500)).toMatchObject({ status: 'generating', progress: 20, sinceMs: 2000 });
    expect(at(3999)).toMatchObject({ status: 'generating', progress: 30, sinceMs: 3000 });
    expect(at(4000)).toEqual({ status: 'succeeded', progress: 100, sinceMs: 4000, failure: null });
  });

  it('waits at 30 for a clip that is still rendering, and finishes when it is ready', () => {
    expect(clockStateAt(plan, 9000, { status: 'pending' })).toMatchObject({ status: 'generating', progress: 30 });
    expect(clockStateAt(plan, 9000, ready(6000))).toMatchObject({ status: 'succeeded', sinceMs: 6000 });
    expect(clockStateAt(plan, 5000, ready(6000)).status).toBe('generating');
    expect(finishedAtMs(plan, { status: 'pending' })).toBeNull();
    expect(finishedAtMs(plan, ready(100))).toBe(4000);
  });

  it('fails when the render fails', () => {
    expect(clockStateAt(plan, 4500, { status: 'failed', atMs: 200 })).toMatchObject({ status: 'failed', failure: 'render', sinceMs: 4000 });
  });

  it('fails a [sim:fail] task at its failure time, render or not', () => {
    const failing = { ...plan, failAtMs: 2500 };
    expect(clockStateAt(failing, 2400, { status: 'pending' }).status).toBe('generating');
    expect(clockStateAt(failing, 2500, { status: 'pending' })).toEqual({
      status: 'failed',
      progress: 100,
      sinceMs: 2500,
      failure: 'moderation',
    });
    expect(finishedAtMs(failing, { status: 'pending' })).toBe(2500);
  });

  it('reports unknown for a stretch, then carries on', () => {
    const odd = { ...plan, unknownFromMs: 1900, unknownToMs: 3100 };
    expect(clockStateAt(odd, 1800, ready(0)).status).toBe('generating');
    expect(clockStateAt(odd, 2000, ready(0))).toMatchObject({ status: 'unknown', progress: 20 });
    expect(clockStateAt(odd, 3200, ready(0))).toMatchObject({ status: 'generating', progress: 30, sinceMs: 3100 });
  });
});
