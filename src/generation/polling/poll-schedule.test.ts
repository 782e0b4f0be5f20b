import { describe, expect, it } from 'vitest';
import { nextPollDelay, POLL_MAX_MS } from './next-poll-delay.ts';
import { sampleRecord } from '../../testing/sample-record.ts';
import { estimateRunTime, type RunKind, type RunSample, type RunTimeEstimate } from './run-time-estimate.ts';

// The schedule as a whole, on run times like Kling's (queued up to 30 s, then a run
// that varies by ±20–50 s around its kind's usual time): the polls it spends and how
// long a finish waits to be seen, against the age-stretched schedule on the same tasks.

const kind = (mode: 'std' | 'pro', duration: number): RunKind => ({ model: 'kling-v3', mode, duration, surface: 'unified' });

// A seeded generator, so the figures repeat.
const generator = (seed: number) => () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
  return seed / 2 ** 31;
};

const klingLike = (random: () => number, mode: 'std' | 'pro', duration: number) => {
  const queued = 5_000 + 25_000 * random();
  const run =
    mode === 'pro' ? 60_000 + 14_000 * duration + (random() - 0.5) * 100_000 : 30_000 + 6_000 * duration + (random() - 0.5) * 40_000;
  return queued + run;
};

/** Polls until the finish is seen: how many, and how long after the finish the last one was. */
const follow = (finishMs: number, estimate: RunTimeEstimate | null) => {
  let at = 0;
  let polls = 0;
  for (;;) {
    polls += 1;
    if (at >= finishMs) return { polls, lateMs: at - finishMs };
    const delay = nextPollDelay({ task: undefined, failureCount: 0, error: null, ageMs: at, estimate });
    if (delay === false) throw new Error('stopped polling a running task');
    at += delay;
  }
};

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
const total = (values: number[]) => values.reduce((sum, value) => sum + value, 0);

const compare = (mode: 'std' | 'pro', duration: number, learnedFrom: number) => {
  const random = generator(duration * 7 + (mode === 'pro' ? 3 : 1));
  const samples: RunSample[] = Array.from({ length: learnedFrom }, (_, i) => ({
    kind: kind(mode, duration),
    totalMs: klingLike(random, mode, duration),
    queueMs: null,
    finishedAt: i,
  }));
  const estimate = estimateRunTime(samples, kind(mode, duration));
  const finishes = Array.from({ length: 400 }, () => klingLike(random, mode, duration));
  const before = finishes.map((finish) => follow(finish, null));
  const after = finishes.map((finish) => follow(finish, estimate));
  return {
    pollsBefore: total(before.map((run) => run.polls)),
    pollsAfter: total(after.map((run) => run.polls)),
    lateBefore: median(before.map((run) => run.lateMs)),
    lateAfter: median(after.map((run) => run.lateMs)),
  };
};

describe('the poll schedule with a learned estimate', () => {
  for (const [mode, duration] of [
    ['std', 5],
    ['std', 10],
    ['pro', 5],
    ['pro', 10],
  ] as const) {
    it(`spends no more polls and sees a ${mode} ${duration} s finish in half the time or less`, () => {
      const figures = compare(mode, duration, 20);
      expect(figures.pollsAfter).toBeLessThanOrEqual(figures.pollsBefore);
      expect(figures.lateAfter).toBeLessThanOrEqual(figures.lateBefore / 2);
    });
  }

  it('with no history (Kling’s typical times alone) never waits longer than the age-stretched schedule', () => {
    const prior = estimateRunTime([], kind('std', 5));
    for (let ageMs = 0; ageMs <= 600_000; ageMs += 500) {
      const aged = nextPollDelay({ task: undefined, failureCount: 0, error: null, ageMs });
      expect(nextPollDelay({ task: undefined, failureCount: 0, error: null, ageMs, estimate: prior })).toBeLessThanOrEqual(aged as number);
    }
    const figures = compare('std', 5, 0);
    expect(figures.lateAfter).toBeLessThanOrEqual(figures.lateBefore);
  });

  it('falls back to stretching with age once a task has outlived its estimate', () => {
    const samples: RunSample[] = [60_000, 62_000, 64_000, 66_000].map((totalMs, i) => ({
      kind: kind('std', 5),
      totalMs,
      queueMs: null,
      finishedAt: i,
    }));
    const estimate = estimateRunTime(samples, kind('std', 5));
    expect(nextPollDelay({ task: undefined, failureCount: 0, error: null, ageMs: 20 * 60_000, estimate })).toBe(POLL_MAX_MS);
    expect(nextPollDelay({ task: undefined, failureCount: 0, error: null, ageMs: 63_000, estimate })).toBeLessThan(3_000);
  });
});

describe('a task the gateway says has started', () => {
  it('is expected at its start plus a learned run time, not at a learned total', () => {
    // Queues of 5–25 s, runs of 60–64 s: a total anywhere in 65–89 s, a finish 62 s after the start.
    const samples: RunSample[] = [5, 10, 15, 20, 25].map((queueS, i) => ({
      kind: kind('std', 5),
      totalMs: (queueS + 60 + i) * 1000,
      queueMs: queueS * 1000,
      finishedAt: i,
    }));
    const estimate = estimateRunTime(samples, kind('std', 5));
    const created = 1_770_000_000_000;
    const startedLate = {
      ...sampleRecord('s', 'running', created).task!,
      createdAt: created,
      startedAt: created + 30_000,
    };
    const state = { failureCount: 0, error: null, estimate };
    // At 62 s the learned totals say "soon"; a start at 30 s says "not before ~90 s".
    const withoutStart = nextPollDelay({ ...state, task: { ...startedLate, startedAt: null }, ageMs: 62_000 });
    const withStart = nextPollDelay({ ...state, task: startedLate, ageMs: 62_000 });
    expect(withoutStart).toBeLessThan(5_000);
    expect(withStart).toBe(POLL_MAX_MS);
    expect(nextPollDelay({ ...state, task: startedLate, ageMs: 91_000 })).toBeLessThan(3_000);
  });
});
