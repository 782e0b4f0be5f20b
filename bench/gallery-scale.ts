import type { Browser, BrowserContext, Page } from '@playwright/test';
import { resolve } from 'node:path';
import { build } from 'vite';
import { newBenchContext } from './support/browser.ts';
import { budgets } from './support/budgets.ts';
import { clipFile, startClipServer } from './support/clip-server.ts';
import { installProbes, readProbes } from './support/page-probes.ts';
import { previewStudio, REPO } from './support/servers.ts';
import { median, percentile, round } from './support/stats.ts';
import type { Row } from './support/table.ts';

// Section 3: histories of 50, 500 and 5,000 finished tasks, seeded into IndexedDB
// through the studio's own repository, then a cold load of the production build:
// first gallery paint, frame times while scrolling the (virtualized) gallery to its
// end, and DOM nodes and JS heap once there. The 5,000-task case against the 50-task one.

const SIZES = [50, 500, 5000] as const;
const LOADS = Number(process.env.BENCH_GALLERY_LOADS ?? 3); // cold loads per size for the first paint
// Two ways through the history, every frame timed: a fast fling (300 px a frame, 18,000
// px/s, 240 frames, turning at either end: the same work for every size; this is what
// the budget holds), then from the top to the very end in about 120 frames (5,000 tasks:
// dragging the scrollbar, a screenful of new cards every frame; reported, not budgeted).
const FLING_STEP = 300;
const FLING_FRAMES = 240;
const DRAG_FRAMES = 120;

type Scroll = { deltas: number[]; step: number; distance: number };
type ScrollFigures = { frames: number; stepPx: number; p50Ms: number; p95Ms: number; maxMs: number };
type SizeResult = {
  tasks: number;
  firstPaintMs: number[];
  fling: ScrollFigures;
  drag: ScrollFigures | null;
  idleP95Ms: number;
  heightPx: number;
  domNodes: number;
  heapMiB: number;
};

const figures = (run: Scroll): ScrollFigures => ({
  frames: run.deltas.length,
  stepPx: run.step,
  p50Ms: round(percentile(run.deltas, 50)),
  p95Ms: round(percentile(run.deltas, 95)),
  maxMs: round(Math.max(...run.deltas)),
});

const buildSeedScript = async (): Promise<string> => {
  const output = await build({
    configFile: false,
    root: REPO,
    logLevel: 'warn',
    build: {
      write: false,
      minify: false,
      lib: { entry: resolve(REPO, 'bench/seed/seed-history.ts'), formats: ['iife'], name: 'benchSeed' },
    },
  });
  const first = Array.isArray(output) ? output[0] : output;
  const chunk = 'output' in first! ? first.output[0] : null;
  if (!chunk || chunk.type !== 'chunk') throw new Error('the seed script did not build');
  return chunk.code;
};

const seed = async (context: BrowserContext, origin: string, script: string, count: number, clipBase: string) => {
  const page = await context.newPage();
  try {
    // A page of our own on the studio's origin, so the rows land in the studio's IndexedDB.
    await page.route(`${origin}/__bench/seed`, (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><title>seed</title><script>${script.replaceAll('</script', '<\\/script')}</script>`,
      }),
    );
    await page.goto(`${origin}/__bench/seed`);
    const stored = await page.evaluate(
      ([n, base]) =>
        (window as unknown as { benchSeed: { seedHistory: (n: number, b: string) => Promise<number> } }).benchSeed.seedHistory(n, base),
      [count, clipBase] as const,
    );
    if (stored !== count) throw new Error(`seeded ${stored} rows, wanted ${count}`);
  } finally {
    await page.close();
  }
};

const openGallery = async (context: BrowserContext, origin: string, count: number): Promise<{ page: Page; firstPaintMs: number }> => {
  const page = await context.newPage();
  await page.goto(origin);
  await page.waitForFunction(() => typeof window.__bench?.galleryPaintAt === 'number', undefined, { timeout: 60_000 });
  // Every row loaded, not just the first card: the heading counts the history.
  await page
    .getByRole('heading', { name: new RegExp(count.toLocaleString('en')) })
    .or(page.getByRole('heading', { name: new RegExp(String(count)) }))
    .first()
    .waitFor({ timeout: 60_000 });
  const probes = await readProbes(page);
  return { page, firstPaintMs: probes?.galleryPaintAt ?? Number.NaN };
};

const idleFrames = (page: Page, frames: number) =>
  page.evaluate(async (count) => {
    const deltas: number[] = [];
    let last = await new Promise<number>((done) => requestAnimationFrame(done));
    while (deltas.length < count) {
      const now = await new Promise<number>((done) => requestAnimationFrame(done));
      deltas.push(now - last);
      last = now;
    }
    return deltas;
  }, frames);

/** A fling of `frames` frames at `step` px, turning back at either end (a short history is flung through more than once). */
const fling = (page: Page, step: number, frames: number) =>
  page.evaluate(
    async ({ step, frames }): Promise<Scroll> => {
      const end = () => document.documentElement.scrollHeight - window.innerHeight;
      const deltas: number[] = [];
      const frame = () => new Promise<number>((done) => requestAnimationFrame(done));
      let direction = 1;
      let last = await frame();
      while (deltas.length < frames) {
        if (direction > 0 && window.scrollY >= end() - 1) direction = -1;
        else if (direction < 0 && window.scrollY <= 0) direction = 1;
        window.scrollBy(0, direction * step);
        const now = await frame();
        deltas.push(now - last);
        last = now;
      }
      return { deltas, step, distance: frames * step };
    },
    { step, frames },
  );

/** From wherever it is, to the end of the history in about `frames` frames. */
const dragToEnd = (page: Page, frames: number) =>
  page.evaluate(
    async ({ frames }): Promise<Scroll> => {
      const end = () => document.documentElement.scrollHeight - window.innerHeight;
      const distance = end() - window.scrollY;
      const step = Math.max(300, Math.ceil(distance / frames));
      const deltas: number[] = [];
      const frame = () => new Promise<number>((done) => requestAnimationFrame(done));
      let last = await frame();
      // Rows are measured as they render, so the end can move while we scroll towards it.
      while (window.scrollY < end() - 1 && deltas.length < frames * 2) {
        window.scrollBy(0, step);
        const now = await frame();
        deltas.push(now - last);
        last = now;
      }
      return { deltas, step, distance };
    },
    { frames },
  );

const measureSize = async (browser: Browser, origin: string, script: string, clipBase: string, count: number): Promise<SizeResult> => {
  const firstPaintMs: number[] = [];
  for (let load = 0; load < LOADS; load += 1) {
    const context = await newBenchContext(browser);
    try {
      await installProbes(context, 'studio', { watchGallery: true });
      await seed(context, origin, script, count, clipBase);
      const { page, firstPaintMs: paint } = await openGallery(context, origin, count);
      firstPaintMs.push(paint);
      if (load < LOADS - 1) continue;

      // The last load also scrolls to the end and counts what is left behind.
      await page.waitForTimeout(1000);
      const idle = await idleFrames(page, 60);
      const heightPx = await page.evaluate(() => document.documentElement.scrollHeight);
      const flung = await fling(page, FLING_STEP, FLING_FRAMES);
      await page.evaluate(() => window.scrollTo(0, 0));
      const drag = await dragToEnd(page, DRAG_FRAMES);
      await page.waitForTimeout(1000);
      const domNodes = await page.evaluate(() => document.getElementsByTagName('*').length);
      const cdp = await context.newCDPSession(page);
      await cdp.send('HeapProfiler.collectGarbage');
      const { usedSize } = await cdp.send('Runtime.getHeapUsage');
      return {
        tasks: count,
        firstPaintMs,
        fling: figures(flung),
        drag: drag.deltas.length > 0 ? figures(drag) : null,
        idleP95Ms: round(percentile(idle, 95)),
        heightPx,
        domNodes,
        heapMiB: round(usedSize / 2 ** 20, 1),
      };
    } finally {
      await context.close();
    }
  }
  throw new Error('no load measured');
};

export const benchGalleryScale = async (browser: Browser, studioOutDir: string) => {
  const clip = await startClipServer(await clipFile({ mode: 'std', aspectRatio: '16:9', durationSeconds: 5, caption: 'kling-v3' }));
  const studio = await previewStudio(studioOutDir, { KLING_API_KEY: '' });
  try {
    const script = await buildSeedScript();
    // One unmeasured load first: the server's first responses are not what a visitor's cold cache costs.
    const warmup = await newBenchContext(browser);
    await (await warmup.newPage()).goto(studio.url);
    await warmup.close();
    const results: SizeResult[] = [];
    for (const count of SIZES) results.push(await measureSize(browser, studio.url, script, clip.url, count));
    const [small, , large] = results as [SizeResult, SizeResult, SizeResult];
    const section = '3 gallery';
    const paint = (result: SizeResult) => median(result.firstPaintMs);
    const rows: Row[] = [
      ...results.slice(1).map((result): Row => ({
        section,
        figure: `first gallery paint, ${result.tasks.toLocaleString('en')} tasks (median)`,
        unit: 'ms',
        value: paint(result),
        baseline: paint(small),
        baselineLabel: '50 tasks',
        budget: result === large ? { kind: 'ratio-max', max: budgets.gallery.firstPaintRatio } : null,
      })),
      ...results.map((result): Row => ({
        section,
        figure: `fling p95 frame, ${result.tasks.toLocaleString('en')} tasks (${result.fling.frames} × ${FLING_STEP} px)`,
        unit: 'ms',
        value: result.fling.p95Ms,
        baseline: result.idleP95Ms,
        baselineLabel: 'idle frames',
        budget: { kind: 'value-lt', max: budgets.gallery.scrollP95FrameMs },
      })),
      ...results.flatMap((result): Row[] =>
        result.drag
          ? [
              {
                section,
                figure: `drag to end p95 frame, ${result.tasks.toLocaleString('en')} tasks (${result.drag.frames} × ${result.drag.stepPx} px)`,
                unit: 'ms',
                value: result.drag.p95Ms,
                baseline: result.idleP95Ms,
                baselineLabel: 'idle frames',
                budget: null,
              },
            ]
          : [],
      ),
      {
        section,
        figure: 'DOM nodes at the end, 5,000 tasks',
        unit: 'nodes',
        value: large.domNodes,
        baseline: small.domNodes,
        baselineLabel: '50 tasks',
        budget: { kind: 'ratio-max', max: budgets.gallery.domNodesRatio },
      },
      {
        section,
        figure: 'JS heap at the end, 5,000 tasks',
        unit: 'MiB',
        value: large.heapMiB,
        baseline: small.heapMiB,
        baselineLabel: '50 tasks',
        budget: null,
      },
    ];
    return { rows, details: { loadsPerSize: LOADS, sizes: results } };
  } finally {
    await studio.close();
    await clip.close();
  }
};
