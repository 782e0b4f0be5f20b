import type { Page } from '@playwright/test';

// Runs a page's clock up to 1/scale times faster than the wall clock, reporting every
// step (onAdvance), so a simulator can share the page's time line (shared-clock.ts):
// the studio's schedule, which stretches with a task's age, then sees Kling's real
// durations while the run takes a minute or two.
//
// Playwright's clock replaces Date, timers, requestAnimationFrame and performance in
// the page; network, IndexedDB and media stay real. The page clock only moves inside
// runFor(), so when the page is busy it falls behind real time / scale. Every step is
// recorded; pageTimeAt() and realTimeAt() convert between the two. Call install()
// before goto().

const TICK_MS = 25;
// A busy page makes runFor() slow; one big step would then fire many timers at once and
// stretch every interval. Small steps keep page time exact, at the cost of page time
// falling behind real time / scale while the page is busy (keptUp() reports it).
const MAX_STEP_MS = 250;

type Sample = { real: number; page: number };

export const scaledClock = (page: Page, scale: number, onAdvance: (pageMs: number) => void = () => {}) => {
  let running = false;
  let loop: Promise<void> | null = null;
  let realStart = 0;
  let pageStart = 0;
  let pageNow = 0;
  let lagged = 0;
  const samples: Sample[] = [];

  return {
    install: () => page.clock.install({ time: Date.now() }),
    /** From here on, page time runs 1/scale times as fast as real time (as far as the page keeps up). */
    start: async () => {
      // The installed clock has been flowing on its own while the page loaded.
      const current = await page.evaluate(() => Date.now());
      realStart = Date.now();
      pageStart = Math.max(realStart, current) + 1000; // ahead of it: pauseAt cannot go back
      pageNow = pageStart;
      await page.clock.pauseAt(pageNow);
      onAdvance(pageNow);
      samples.push({ real: Date.now(), page: pageNow });
      running = true;
      lagged = 0;
      loop = (async () => {
        while (running) {
          await new Promise((done) => setTimeout(done, TICK_MS));
          // Time the page could not keep up with is given up, not made up in a burst later.
          const target = Math.floor(pageStart + (Date.now() - realStart) / scale) - lagged;
          const due = Math.min(MAX_STEP_MS, target - pageNow);
          if (target - pageNow > MAX_STEP_MS) lagged += target - pageNow - MAX_STEP_MS;
          if (due <= 0 || !running) continue;
          const before = Date.now();
          try {
            await page.clock.runFor(due);
          } catch {
            running = false; // the page went away
            return;
          }
          pageNow += due;
          onAdvance(pageNow);
          // The timers of this step fired somewhere between `before` and now.
          samples.push({ real: Math.round((before + Date.now()) / 2), page: pageNow });
        }
      })();
    },
    stop: async () => {
      running = false;
      await loop;
    },
    /** The page's time at a wall-clock instant (Unix ms), interpolated between recorded steps. */
    pageTimeAt: (real: number): number => {
      const first = samples[0];
      if (!first) return Number.NaN;
      if (real <= first.real) return first.page - (first.real - real) / scale;
      for (let i = 1; i < samples.length; i += 1) {
        const next = samples[i]!;
        if (real > next.real) continue;
        const prev = samples[i - 1]!;
        return prev.page + ((next.page - prev.page) * (real - prev.real)) / Math.max(1, next.real - prev.real);
      }
      const last = samples.at(-1)!;
      return last.page + (real - last.real) / scale;
    },
    /** The wall-clock instant at which the page's clock read `pageMs` (inverse of pageTimeAt). */
    realTimeAt: (pageMs: number): number => {
      const first = samples[0];
      if (!first) return Number.NaN;
      if (pageMs <= first.page) return first.real - (first.page - pageMs) * scale;
      for (let i = 1; i < samples.length; i += 1) {
        const next = samples[i]!;
        if (pageMs > next.page) continue;
        const prev = samples[i - 1]!;
        return prev.real + ((next.real - prev.real) * (pageMs - prev.page)) / Math.max(1, next.page - prev.page);
      }
      const last = samples.at(-1)!;
      return last.real + (pageMs - last.page) * scale;
    },
    /** How far the page clock kept up: page time elapsed / (real time elapsed / scale). */
    keptUp: (): number => {
      const first = samples[0];
      const last = samples.at(-1);
      if (!first || !last || last.real === first.real) return Number.NaN;
      return (last.page - first.page) / ((last.real - first.real) / scale);
    },
  };
};
