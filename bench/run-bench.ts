import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import { benchBundle } from './bundle.ts';
import { benchGalleryScale } from './gallery-scale.ts';
import { benchPollingEconomy } from './polling-economy.ts';
import { benchProduction } from './production.ts';
import { benchProxy } from './proxy.ts';
import { benchSimulatorClips } from './simulator-clips.ts';
import { benchStart } from './start.ts';
import { launchChromium, CHROMIUM_PATH } from './support/browser.ts';
import { buildBaseline, buildStudio, type BuiltApp } from './support/build.ts';
import { previewBaseline, previewStudio, type Served } from './support/servers.ts';
import { formatTable, judge, type Row } from './support/table.ts';

// npm run bench: every figure against a baseline measured in the same run, on this
// machine, printed as one table and written to bench/results.json. Everything it starts
// listens on 127.0.0.1 only and is stopped in `finally`, whatever fails.
// `npm run bench -- --only=bundle,start` (or `--only proxy`) runs some sections (results.json is then partial).

const SECTIONS = ['bundle', 'start', 'gallery', 'polling', 'proxy', 'simulator', 'production'] as const;
type Section = (typeof SECTIONS)[number];

// `--only=a,b` or `--only a,b`.
const onlyAt = process.argv.indexOf('--only');
const onlyArg = onlyAt >= 0 ? process.argv[onlyAt + 1] : process.argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length);
const only = onlyArg?.split(',');
const unknown = only?.filter((name) => !(SECTIONS as readonly string[]).includes(name)) ?? [];
if (unknown.length > 0 || (only && only.length === 0)) {
  console.error(`[bench] unknown section(s) ${unknown.join(', ')}; choose from ${SECTIONS.join(', ')}`);
  process.exit(2);
}
const wanted = (section: Section) => !only || only.includes(section);

const started = performance.now();
const elapsed = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;
const log = (line: string) => console.log(`[bench ${elapsed()}] ${line}`);

const rows: Row[] = [];
const details: Record<string, unknown> = {};
const failures: { section: Section; error: string }[] = [];
const cleanups: (() => Promise<unknown>)[] = [];

const run = async (section: Section, body: () => Promise<{ rows: Row[]; details: unknown }>) => {
  if (!wanted(section)) return;
  log(`${section}…`);
  try {
    const result = await body();
    rows.push(...result.rows);
    details[section] = result.details;
  } catch (error) {
    // One broken section must not hide the others' figures; it still fails the run.
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    failures.push({ section, error: message });
    console.error(`[bench] ${section} failed: ${message}`);
  }
};

const work = await mkdtemp(join(tmpdir(), 'kling-bench-'));
cleanups.push(() => rm(work, { recursive: true, force: true }));
let browser: Browser | null = null;
const onSignal = () => void shutdown().then(() => process.exit(130));
process.once('SIGINT', onSignal);
process.once('SIGTERM', onSignal);

async function shutdown() {
  await browser?.close().catch(() => {});
  browser = null;
  while (cleanups.length > 0) await cleanups.pop()!().catch((error: unknown) => console.error('[bench] cleanup:', error));
}

try {
  const needsBuild = wanted('bundle') || wanted('start') || wanted('gallery') || wanted('polling');
  let studio: BuiltApp | null = null;
  let baseline: BuiltApp | null = null;
  if (needsBuild) {
    log('building the studio and the bare React page…');
    studio = await buildStudio(join(work, 'studio'));
    baseline = await buildBaseline(join(work, 'baseline'));
  }
  if (wanted('start') || wanted('gallery') || wanted('polling')) browser = await launchChromium();

  await run('bundle', () => benchBundle(studio!, baseline!));

  await run('start', async () => {
    const servers: Served[] = [];
    try {
      servers.push(await previewStudio(studio!.outDir, { KLING_API_KEY: '' }));
      servers.push(await previewBaseline(baseline!.outDir));
      return await benchStart(browser!, servers[0]!.url, servers[1]!.url);
    } finally {
      await Promise.all(servers.map((server) => server.close()));
    }
  });

  await run('gallery', () => benchGalleryScale(browser!, studio!.outDir));
  await run('polling', () => benchPollingEconomy(browser!, studio!.outDir));
  // Browser-free sections last: the browser is closed so it cannot skew them.
  await browser?.close();
  browser = null;
  await run('proxy', () => benchProxy());
  await run('simulator', () => benchSimulatorClips(work));
  // npm start and vite preview as processes of their own, on dist/ (built here if missing).
  await run('production', () => benchProduction(work));
} finally {
  await shutdown();
}

const judged = rows.map(judge);
const failed = judged.filter((row) => row.pass === false);
const wallSeconds = (performance.now() - started) / 1000;
const machine = {
  cpus: availableParallelism(),
  cpuModel: cpus()[0]?.model ?? 'unknown',
  memoryGiB: Math.round(totalmem() / 2 ** 30),
  node: process.version,
  chromium: CHROMIUM_PATH,
};
console.log(`\n${formatTable(judged)}\n`);
console.log(
  `${judged.filter((row) => row.pass === true).length} budgets pass, ${failed.length} fail${failures.length > 0 ? `, ${failures.length} section(s) broke: ${failures.map((f) => f.section).join(', ')}` : ''}; ${wallSeconds.toFixed(0)} s on ${machine.cpus} cores`,
);

await writeFile(
  new URL('./results.json', import.meta.url),
  `${JSON.stringify({ at: new Date().toISOString(), wallSeconds: Math.round(wallSeconds), machine, sections: only ?? SECTIONS, rows: judged, failures, details }, null, 2)}\n`,
);
console.log('written to bench/results.json');
// Timings are reported, not enforced: the exit code only says whether the bench itself ran.
process.exitCode = failures.length > 0 ? 1 : 0;
