import { allJsSizes, initialAssets } from './support/initial-assets.ts';
import type { BuiltApp } from './support/build.ts';
import { budgets, onDemandViolations } from './support/budgets.ts';
import { startStringsMissing } from './support/start-strings.ts';
import type { Row } from './support/table.ts';

// Section 1: what a cold visit downloads before the studio can run, against a bare
// React + ReactDOM page built in the same run.

const KB = 1024;

export const benchBundle = async (studio: BuiltApp, baseline: BuiltApp) => {
  const app = await initialAssets(studio);
  const bare = await initialAssets(baseline);
  const all = await allJsSizes(studio);
  const violations = onDemandViolations(app.modules);
  const missingStrings = await startStringsMissing(app.modules);
  const section = '1 bundle';
  const kb = (bytes: number) => bytes / KB;
  const rows: Row[] = [
    {
      section,
      figure: 'initial JS, gzip',
      unit: 'KiB',
      value: kb(app.jsSizes.gzip),
      baseline: kb(bare.jsSizes.gzip),
      baselineLabel: 'bare React',
      budget: { kind: 'ratio-max', max: budgets.bundle.initialJsGzipRatio },
    },
    {
      section,
      figure: 'initial JS, brotli',
      unit: 'KiB',
      value: kb(app.jsSizes.brotli),
      baseline: kb(bare.jsSizes.brotli),
      baselineLabel: 'bare React',
      budget: null,
    },
    {
      section,
      figure: 'initial JS, raw',
      unit: 'KiB',
      value: kb(app.jsSizes.raw),
      baseline: kb(bare.jsSizes.raw),
      baselineLabel: 'bare React',
      budget: null,
    },
    { section, figure: 'initial CSS, gzip', unit: 'KiB', value: kb(app.cssSizes.gzip), baseline: null, baselineLabel: null, budget: null },
    {
      section,
      figure: 'initial CSS, brotli',
      unit: 'KiB',
      value: kb(app.cssSizes.brotli),
      baseline: null,
      baselineLabel: null,
      budget: null,
    },
    {
      section,
      figure: 'all JS (initial + on demand), gzip',
      unit: 'KiB',
      value: kb(all.gzip),
      baseline: kb(bare.jsSizes.gzip),
      baselineLabel: 'bare React',
      budget: null,
    },
    {
      section,
      figure: 'heavy parts in initial JS',
      unit: 'parts',
      value: violations.length,
      baseline: null,
      baselineLabel: null,
      budget: { kind: 'equals', value: 0 },
    },
    {
      section,
      figure: 'start-path uses of strings that load later',
      unit: 'uses',
      value: missingStrings.length,
      baseline: null,
      baselineLabel: null,
      budget: { kind: 'equals', value: 0 },
    },
  ];
  const chunks = [...studio.chunks.values()].map((chunk) => ({
    file: chunk.fileName,
    initial: app.js.includes(chunk.fileName),
    modules: chunk.modules.length,
  }));
  return {
    rows,
    details: {
      initial: { js: app.js, css: app.css, jsBytes: app.jsSizes, cssBytes: app.cssSizes },
      baseline: { js: bare.js, jsBytes: bare.jsSizes },
      allJsBytes: all,
      onDemandViolations: violations,
      startStringsMissing: missingStrings,
      chunks,
    },
  };
};
