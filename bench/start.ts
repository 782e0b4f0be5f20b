import type { Browser } from '@playwright/test';
import { newBenchContext } from './support/browser.ts';
import { budgets } from './support/budgets.ts';
import { installProbes, readProbes, type ProbeKind } from './support/page-probes.ts';
import { median } from './support/stats.ts';
import type { Row } from './support/table.ts';

// Section 2: cold loads of the production builds (vite preview) in Chromium: a fresh
// browser context per load (empty HTTP cache, empty IndexedDB), the studio and the bare
// React page alternating so drift on the machine hits both alike.

// 15 rounds: the budgets are held on the median of the per-round ratios, which 7 rounds left
// swinging by ±0.3× with the machine (bench/README.md).
const ROUNDS = Number(process.env.BENCH_START_ROUNDS ?? 15);
const SETTLE_MS = 400; // after "usable", so a late LCP candidate is still counted

type Load = { usableMs: number; lcpMs: number; lcpElement: string | null; lcpSize: number | null };

const coldLoad = async (browser: Browser, url: string, kind: ProbeKind): Promise<Load> => {
  const context = await newBenchContext(browser);
  try {
    await installProbes(context, kind);
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(() => window.__bench?.usableAt !== null, undefined, { timeout: 30_000 });
    await page.waitForTimeout(SETTLE_MS);
    const probes = await readProbes(page);
    return {
      usableMs: probes?.usableAt ?? Number.NaN,
      lcpMs: probes?.lcp ?? Number.NaN,
      lcpElement: probes?.lcpElement ?? null,
      lcpSize: probes?.lcpSize ?? null,
    };
  } finally {
    await context.close();
  }
};

export const benchStart = async (browser: Browser, studioUrl: string, baselineUrl: string) => {
  // One unmeasured load each: the servers' first responses (and the simulator behind
  // the studio's /api) are not what a visitor's cold cache costs.
  await coldLoad(browser, baselineUrl, 'baseline');
  await coldLoad(browser, studioUrl, 'studio');
  const studio: Load[] = [];
  const bare: Load[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    bare.push(await coldLoad(browser, baselineUrl, 'baseline'));
    studio.push(await coldLoad(browser, studioUrl, 'studio'));
  }
  const section = '2 start';
  const med = (loads: Load[], key: 'usableMs' | 'lcpMs') => median(loads.map((load) => load[key]));
  // Each round loads both pages back to back, so their ratio is taken under one state of
  // this shared machine; the median of those ratios moves less than the ratio of medians,
  // and is what the budgets hold.
  const perRound = (key: 'usableMs' | 'lcpMs') =>
    median(studio.map((load, round) => load[key] / (bare[round]?.[key] ?? Number.NaN)).filter(Number.isFinite));
  const rows: Row[] = [
    {
      section,
      figure: 'composer usable (median)',
      unit: 'ms',
      value: med(studio, 'usableMs'),
      baseline: med(bare, 'usableMs'),
      baselineLabel: 'bare React button',
      budget: null,
    },
    {
      section,
      figure: `composer usable, median of ${ROUNDS} per-round ratios`,
      unit: '×',
      value: perRound('usableMs'),
      baseline: null,
      baselineLabel: null,
      budget: { kind: 'value-max', max: budgets.start.composerUsableRatio },
    },
    {
      section,
      figure: 'Largest Contentful Paint (median)',
      unit: 'ms',
      value: med(studio, 'lcpMs'),
      baseline: med(bare, 'lcpMs'),
      baselineLabel: 'bare React',
      budget: null,
    },
    {
      section,
      figure: `Largest Contentful Paint, median of ${ROUNDS} per-round ratios`,
      unit: '×',
      value: perRound('lcpMs'),
      baseline: null,
      baselineLabel: null,
      budget: { kind: 'value-max', max: budgets.start.lcpRatio },
    },
  ];
  return { rows, details: { rounds: ROUNDS, studio, baseline: bare } };
};
