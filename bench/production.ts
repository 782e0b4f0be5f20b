import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { request } from 'node:http';
import { dirname, join } from 'node:path';
import type { LoadJob, LoadResult } from './proxy-load-client.ts';
import { startBigClipGateway } from './support/big-clip-gateway.ts';
import { budgets } from './support/budgets.ts';
import { startLoadWorker, summarizeLoad, type LoadSummary } from './support/load-worker.ts';
import { freePort, REPO } from './support/servers.ts';
import { residentBytes, sampleResident, spawnServer, type SpawnedServer } from './support/spawned-server.ts';
import { median, round } from './support/stats.ts';
import type { Row } from './support/table.ts';

// Section 7: the standalone production server (`npm start`, server/production/) against
// `vite preview` (the dev plugin, server/studio-plugin.ts), both on the same build (dist/)
// and the same gateway, each its own process started from its binary, as a person would.
//
// Polls: a standalone simulator (`npm run sim`, sped up 100×) is the gateway; one task is
// created and left to finish, so every answer is the same and no clip renders while the
// servers are measured. Then the load client of bench/proxy-load.ts (a worker thread)
// polls that task through each server: 50 keep-alive clients, open loop at 250 req/s,
// the two servers alternating in short rounds after a warm-up (only one is under load at
// a time: 2 cores), then each saturated for throughput. The same reasoning as section 5:
// latency at a fixed rate, throughput saturated.
//
// Download: a stand-in gateway (support/big-clip-gateway.ts) whose task has a 50 MiB
// clip; GET /api/download/unified/text2video/{id} through each server, the bytes counted,
// the server's RSS (/proc/<pid>/status) read every 50 ms: before, peak during, 1 s after.
// A server that streams the clip grows by its buffers; one that holds it grows by 50 MiB.
// The budget is on a download whose client stops reading for 2 s, 1 MiB in, on each fresh
// server: the gateway could send all of it in that time, so only a server that reads
// ahead of its client grows then. At full speed the peak mostly shows garbage not yet
// collected (every socket read is a new buffer; V8 collects after tens of MB of them),
// which a streaming server has too: reported, not budgeted.

const KEY = 'sk-bench-production-0123456789';
const CLIENTS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const RATE = Number(process.env.BENCH_RATE ?? 250);
const SECONDS = Number(process.env.BENCH_PRODUCTION_SECONDS ?? 6);
const ROUNDS = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 6));
const SATURATE_SECONDS = Number(process.env.BENCH_SATURATE_SECONDS ?? 2);
const MiB = 1024 * 1024;
const CLIP_BYTES = 50 * MiB;
const DOWNLOAD_ROUNDS = Math.max(1, Number(process.env.BENCH_DOWNLOAD_ROUNDS ?? 3));
const SIM_TIME_SCALE = '0.01';

type Name = 'start' | 'preview';
const LABEL: Record<Name, string> = { start: 'npm start', preview: 'vite preview' };

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));
const mib = (bytes: number) => round(bytes / MiB, 1);

// What the person running the bench may have set for the studio or the simulator would
// change what is measured: both servers get exactly the variables below.
const OWN_VARIABLES = /^(KLING_|SIM_|PROXY_|DOWNLOAD_|STUDIO_TOKEN$|PUBLIC_ORIGINS$|TRUSTED_PROXIES$|SHUTDOWN_TIMEOUT_MS$|PORT$|HOST$)/;
const baseEnv = (): Record<string, string> => {
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(process.env)) if (value !== undefined && !OWN_VARIABLES.test(name)) env[name] = value;
  // The same node as the bench, for the binaries' `#!/usr/bin/env node`.
  env.PATH = `${dirname(process.execPath)}:${env.PATH ?? ''}`;
  return env;
};

/** `npm run build` without its typecheck, when there is no dist/ yet (both servers serve it; only /api is measured). */
const ensureDist = async () => {
  if (existsSync(join(REPO, 'dist/index.html')) && process.env.BENCH_PRODUCTION_BUILD !== '1') return false;
  await new Promise<void>((resolve, reject) => {
    const child = spawn(`${REPO}/node_modules/.bin/vite`, ['build', '--logLevel', 'warn'], {
      cwd: REPO,
      env: baseEnv(),
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`vite build exited with ${code}`))));
  });
  return true;
};

const gatewayEnv = (baseUrl: string) => ({
  ...baseEnv(),
  KLING_API_KEY: KEY,
  KLING_BASE_URL: baseUrl,
  // Every client is one address here: allow them all at once (as bench/proxy-load.ts does).
  PROXY_MAX_IN_FLIGHT: String(CLIENTS * 2),
});

const startServers = async (baseUrl: string, logs: string, tag: string): Promise<Record<Name, SpawnedServer>> => {
  const env = gatewayEnv(baseUrl);
  // One after the other: two cold starts at once on 2 cores would slow both.
  const startPort = await freePort();
  const start = await spawnServer({
    name: 'npm start',
    bin: 'tsx',
    args: ['server/production/main.ts'],
    env: { ...env, PORT: String(startPort), HOST: '127.0.0.1' },
    url: `http://127.0.0.1:${startPort}`,
    logFile: join(logs, `npm-start-${tag}.log`),
    readyPath: '/api/health',
    wantOk: true,
  });
  try {
    const previewPort = await freePort();
    const preview = await spawnServer({
      name: 'vite preview',
      bin: 'vite',
      args: ['preview', '--port', String(previewPort), '--strictPort', '--host', '127.0.0.1'],
      env,
      url: `http://127.0.0.1:${previewPort}`,
      logFile: join(logs, `vite-preview-${tag}.log`),
      readyPath: '/api/health',
      wantOk: true,
    });
    return { start, preview };
  } catch (error) {
    await start.close();
    throw error;
  }
};

const getJson = async (url: string, headers: Record<string, string> = {}) => {
  const res = await fetch(url, { headers, signal: AbortSignal.timeout(10_000) });
  return { status: res.status, body: (await res.json().catch(() => null)) as Record<string, unknown> | null };
};

/** Creates one task at the simulator and waits until it has finished (its clip rendered). */
const finishedTask = async (simUrl: string) => {
  const auth = { Authorization: `Bearer ${KEY}` };
  const created = await fetch(`${simUrl}/v1/video/generations`, {
    method: 'POST',
    headers: { ...auth, 'Content-Type': 'application/json' },
    body: JSON.stringify({ model: 'kling-v3', prompt: 'a bench of polls on a finished task', seconds: '5' }),
  });
  const { id } = (await created.json()) as { id: string };
  const deadline = performance.now() + 120_000;
  for (;;) {
    const { body } = await getJson(`${simUrl}/v1/video/generations/${id}`, auth);
    if (body?.status === 'completed') return id;
    if (body?.status === 'failed') throw new Error(`the simulator's task ${id} failed: ${JSON.stringify(body)}`);
    if (performance.now() > deadline) throw new Error(`the simulator's task ${id} did not finish in time (${String(body?.status)})`);
    await sleep(200);
  }
};

type Rss = { beforeMiB: number; peakMiB: number; afterMiB: number; growthMiB: number; retainedMiB: number; samples: number };
type Stall = { afterMiB: number; ms: number; heldMiB: number; gatewaySentMiB: number; clientReadMiB: number; readAheadMiB: number };
type Download = { via: Name | 'direct'; stalled: boolean; status: number; bytes: number; ms: number; rss: Rss | null; stall: Stall | null };

const STALL_AFTER_BYTES = 1 * MiB;
const STALL_MS = 2000;

/**
 * One GET, the body counted and dropped; the server's RSS sampled around it when a pid is
 * given. With `stall`, the client stops reading 1 MiB in for 2 s: on loopback the gateway
 * could send the whole clip in well under that, so a server that reads ahead of its
 * client holds it then, and one that streams holds its buffers only.
 */
const download = async (
  via: Download['via'],
  url: string,
  pid: number | null,
  gatewaySent: () => number,
  stall = false,
): Promise<Download> => {
  const before = pid === null ? Number.NaN : await residentBytes(pid);
  const sampler = pid === null ? null : sampleResident(pid, 50);
  const started = performance.now();
  const window = { from: Number.NaN, to: Number.NaN, gatewaySent: 0, clientRead: 0 };
  const { status, bytes } = await new Promise<{ status: number; bytes: number }>((resolve) => {
    let bytes = 0;
    const req = request(url, { headers: { Connection: 'close' } }, (res) => {
      res.on('data', (chunk: Buffer) => {
        bytes += chunk.length;
        if (!stall || !Number.isNaN(window.from) || bytes < STALL_AFTER_BYTES) return;
        window.from = performance.now();
        res.pause();
        setTimeout(() => {
          window.to = performance.now();
          window.gatewaySent = gatewaySent();
          window.clientRead = bytes;
          res.resume();
        }, STALL_MS);
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, bytes }));
      res.on('error', () => resolve({ status: res.statusCode ?? 0, bytes }));
    });
    req.on('error', () => resolve({ status: 0, bytes }));
    req.setTimeout(60_000, () => req.destroy(new Error('timeout')));
    req.end();
  });
  const ms = round(performance.now() - started, 1);
  if (!sampler || pid === null) return { via, stalled: stall, status, bytes, ms, rss: null, stall: null };
  const samples = await sampler.stop();
  await sleep(1000);
  const after = await residentBytes(pid);
  const peak = samples.length > 0 ? Math.max(...samples.map((sample) => sample.bytes)) : Number.NaN;
  const rss = {
    beforeMiB: mib(before),
    peakMiB: mib(peak),
    afterMiB: mib(after),
    growthMiB: mib(peak - before),
    retainedMiB: mib(after - before),
    samples: samples.length,
  };
  if (!stall || Number.isNaN(window.to)) return { via, stalled: stall, status, bytes, ms, rss, stall: null };
  const during = samples.filter((sample) => sample.at >= window.from && sample.at <= window.to).map((sample) => sample.bytes);
  // No sample in the window is a figure not measured (NaN fails its budget), not a zero.
  const held = during.length > 0 ? Math.max(...during) : Number.NaN;
  return {
    via,
    stalled: stall,
    status,
    bytes,
    ms,
    rss,
    stall: {
      afterMiB: mib(STALL_AFTER_BYTES),
      ms: STALL_MS,
      heldMiB: mib(held - before),
      gatewaySentMiB: mib(window.gatewaySent),
      clientReadMiB: mib(window.clientRead),
      readAheadMiB: mib(window.gatewaySent - window.clientRead),
    },
  };
};

const countLines = (log: string, pattern: RegExp) => log.split('\n').filter((line) => pattern.test(line)).length;

export const benchProduction = async (work: string) => {
  const logs = await mkdtemp(join(work, 'production-'));
  const built = await ensureDist();
  const load = startLoadWorker();
  const open: { close(): Promise<void> }[] = [];
  const closeAll = async () => {
    while (open.length > 0)
      await open
        .pop()!
        .close()
        .catch((error: unknown) => console.error('[bench] production cleanup:', error));
  };
  try {
    // --- polls, against the standalone simulator ---
    const simPort = await freePort();
    const sim = await spawnServer({
      name: 'simulator',
      bin: 'tsx',
      args: ['server/simulator/main.ts'],
      env: { ...baseEnv(), SIM_PORT: String(simPort), SIM_HOST: '127.0.0.1', SIM_API_KEY: KEY, SIM_TIME_SCALE },
      url: `http://127.0.0.1:${simPort}`,
      logFile: join(logs, 'simulator.log'),
      readyPath: '/v1/video/generations/bench-not-a-task',
      readyHeaders: { Authorization: `Bearer ${KEY}` },
    });
    open.push(sim);
    const id = await finishedTask(sim.url);
    const servers = await startServers(sim.url, logs, 'polls');
    open.push(servers.start, servers.preview);

    const path = `/api/v1/video/generations/${id}`;
    for (const name of ['start', 'preview'] as const) {
      const answer = await getJson(`${servers[name].url}${path}`);
      if (answer.status !== 200 || answer.body?.status !== 'completed')
        throw new Error(`${LABEL[name]} answered the poll with ${answer.status} ${JSON.stringify(answer.body)}`);
    }
    const job = (name: Name, mode: LoadJob['mode'], seconds: number): LoadJob => ({
      mode,
      url: `${servers[name].url}${path}`,
      headers: {},
      clients: CLIENTS,
      seconds,
      rate: RATE,
    });
    // Every request sent to each server, to hold its access log to (one line per request).
    const sentTo: Record<Name, number> = { start: 1, preview: 1 };
    const runLoad = async (name: Name, mode: LoadJob['mode'], seconds: number) => {
      const result = await load.run(job(name, mode, seconds));
      sentTo[name] += result.requests;
      return result;
    };
    // Warm-up: JIT, every client's connection, each server's pool to the gateway.
    for (const name of ['start', 'preview'] as const) {
      await runLoad(name, 'saturate', 1);
      await runLoad(name, 'rate', 1);
    }
    const atRate: Record<Name, LoadResult[]> = { start: [], preview: [] };
    for (let r = 0; r < ROUNDS; r += 1) {
      const order: Name[] = r % 2 === 0 ? ['start', 'preview'] : ['preview', 'start'];
      for (const name of order) atRate[name].push(await runLoad(name, 'rate', SECONDS / ROUNDS));
    }
    // Saturated in two halves, start-preview-preview-start, so a burst of other work on the machine lands on both.
    const saturatedRuns: Record<Name, LoadResult[]> = { start: [], preview: [] };
    for (const name of ['start', 'preview', 'preview', 'start'] as const)
      saturatedRuns[name].push(await runLoad(name, 'saturate', SATURATE_SECONDS / 2));
    const saturated: Record<Name, LoadSummary> = {
      start: summarizeLoad(saturatedRuns.start),
      preview: summarizeLoad(saturatedRuns.preview),
    };
    await sleep(500);
    const idleRss = { start: mib(await residentBytes(servers.start.pid)), preview: mib(await residentBytes(servers.preview.pid)) };
    const polls = { start: summarizeLoad(atRate.start), preview: summarizeLoad(atRate.preview) };
    const rounds = (['start', 'preview'] as const).map((name) => ({
      name,
      p50: atRate[name].map((result) => summarizeLoad([result]).latencyMs.p50),
      p99: atRate[name].map((result) => summarizeLoad([result]).latencyMs.p99),
      saturatedRequestsPerSecond: saturatedRuns[name].map((result) => summarizeLoad([result]).requestsPerSecond),
    }));
    await sleep(200);
    const accessLog = {
      requestsSent: sentTo,
      start: countLines(await servers.start.log(), /"event":"request".*"route":"\/api\/v1\/video/),
      preview: countLines(await servers.preview.log(), /\[api\] GET \/api\/v1\/video/),
    };
    await closeAll();

    // --- a 50 MiB clip, from a stand-in gateway ---
    const gateway = await startBigClipGateway(KEY, CLIP_BYTES);
    open.push(gateway);
    const clipServers = await startServers(gateway.url, logs, 'download');
    open.push(clipServers.start, clipServers.preview);
    const downloads: Download[] = [];
    const sent = () => gateway.clipBytesSent();
    const clipPath = (taskId: string) => `/api/download/unified/text2video/${taskId}?mode=std&prompt=bench`;
    // The stalled download first, on each fresh server: after a full-speed one, memory the
    // allocator kept could hold a clip without the RSS growing.
    for (const name of ['start', 'preview'] as const) {
      const server = clipServers[name];
      downloads.push(await download(name, `${server.url}${clipPath('bench_stalled_clip')}`, server.pid, sent, true));
    }
    for (let r = 0; r < DOWNLOAD_ROUNDS; r += 1) {
      const taskId = `bench_big_clip_${r}`;
      downloads.push(await download('direct', gateway.clipUrl(taskId), null, sent));
      const order: Name[] = r % 2 === 0 ? ['start', 'preview'] : ['preview', 'start'];
      for (const name of order) {
        const server = clipServers[name];
        downloads.push(await download(name, `${server.url}${clipPath(taskId)}`, server.pid, sent));
      }
    }
    await closeAll();

    const of = (via: Download['via']) => downloads.filter((d) => d.via === via);
    const full = (via: Download['via']) => of(via).filter((d) => !d.stalled);
    const incomplete = (via: Download['via']) => of(via).filter((d) => d.status !== 200 || d.bytes !== CLIP_BYTES).length;
    const held = (via: Name) => of(via).find((d) => d.stalled)?.stall?.heldMiB ?? Number.NaN;
    const worstGrowth = (via: Name) => Math.max(...full(via).map((d) => d.rss?.growthMiB ?? Number.NaN));
    const medianMs = (via: Download['via']) => median(full(via).map((d) => d.ms));
    const dropped = (s: LoadSummary) => s.errors + s.non2xx;

    const method =
      `${CLIENTS} clients, one keep-alive connection each (bench/proxy-load-client.ts in a worker thread), open loop at ${RATE} req/s in total for ${SECONDS} s per server ` +
      `in ${ROUNDS} alternating rounds after a warm-up, polling one finished task of a standalone simulator (time scale ${SIM_TIME_SCALE}); then each saturated for ${SATURATE_SECONDS} s (two halves, start-preview-preview-start). ` +
      `Download: ${mib(CLIP_BYTES)} MiB from a stand-in gateway through each fresh server, once with the client stalling ${STALL_MS / 1000} s after ${mib(STALL_AFTER_BYTES)} MiB, then ${DOWNLOAD_ROUNDS} times at full speed (alternating, and direct); RSS of the server process every 50 ms.`;
    console.log(`[bench] production: ${method}`);
    const line = (name: string, s: LoadSummary) =>
      `${name.padEnd(24)} ${String(s.requestsPerSecond).padStart(6)} req/s  p50 ${s.latencyMs.p50} ms  p99 ${s.latencyMs.p99} ms  errors ${s.errors}  non-2xx ${s.non2xx}`;
    for (const name of ['start', 'preview'] as const) {
      console.log(`[bench] ${line(`${LABEL[name]} @${RATE}/s`, polls[name])}`);
      console.log(`[bench] ${line(`${LABEL[name]} saturated`, saturated[name])}`);
    }
    console.log(
      `[bench] access log lines for the polls: npm start ${accessLog.start}, vite preview ${accessLog.preview}, for ${accessLog.requestsSent.start} and ${accessLog.requestsSent.preview} sent`,
    );
    for (const d of downloads)
      console.log(
        `[bench] download via ${d.via}${d.stalled ? ' (stalled)' : ''}: ${d.status} ${d.bytes} B in ${d.ms} ms` +
          `${d.rss ? `, RSS ${d.rss.beforeMiB} → peak ${d.rss.peakMiB} → ${d.rss.afterMiB} MiB (+${d.rss.growthMiB})` : ''}` +
          `${d.stall ? `; during the stall +${d.stall.heldMiB} MiB, the gateway had sent ${d.stall.gatewaySentMiB} MiB for ${d.stall.clientReadMiB} MiB read` : ''}`,
      );

    const section = '7 production';
    const previewLabel = `vite preview, ${CLIENTS} clients`;
    const atRateLabel = `vite preview at ${RATE} req/s`;
    const clipLabel = `the ${mib(CLIP_BYTES)} MiB clip`;
    const rows: Row[] = [
      {
        section,
        figure: 'npm start polls per second (saturated)',
        unit: 'req/s',
        value: saturated.start.requestsPerSecond,
        baseline: saturated.preview.requestsPerSecond,
        baselineLabel: previewLabel,
        budget: null,
      },
      {
        section,
        figure: `npm start polls achieved at ${RATE} req/s (open loop)`,
        unit: 'req/s',
        value: polls.start.requestsPerSecond,
        baseline: polls.preview.requestsPerSecond,
        baselineLabel: atRateLabel,
        budget: null,
      },
      {
        section,
        figure: `npm start poll p50 at ${RATE} req/s`,
        unit: 'ms',
        value: polls.start.latencyMs.p50,
        baseline: polls.preview.latencyMs.p50,
        baselineLabel: atRateLabel,
        budget: { kind: 'ratio-max', max: budgets.production.p50Ratio },
      },
      {
        section,
        figure: `npm start poll p99 at ${RATE} req/s`,
        unit: 'ms',
        value: polls.start.latencyMs.p99,
        baseline: polls.preview.latencyMs.p99,
        baselineLabel: atRateLabel,
        budget: null,
      },
      {
        section,
        figure: 'npm start poll errors and non-2xx',
        unit: 'req',
        value: dropped(polls.start) + dropped(saturated.start),
        baseline: dropped(polls.preview) + dropped(saturated.preview),
        baselineLabel: 'vite preview',
        budget: { kind: 'equals', value: budgets.production.errors },
      },
      {
        section,
        figure: 'server RSS after the polls',
        unit: 'MiB',
        value: idleRss.start,
        baseline: idleRss.preview,
        baselineLabel: 'vite preview',
        budget: null,
      },
      {
        section,
        figure: `npm start: incomplete ${mib(CLIP_BYTES)} MiB downloads (of ${DOWNLOAD_ROUNDS + 1})`,
        unit: '',
        value: incomplete('start'),
        baseline: incomplete('preview'),
        baselineLabel: 'vite preview',
        budget: { kind: 'equals', value: budgets.production.errors },
      },
      {
        section,
        figure: `npm start RSS growth while a client stalls ${STALL_MS / 1000} s into a ${mib(CLIP_BYTES)} MiB clip`,
        unit: 'MiB',
        value: held('start'),
        baseline: mib(CLIP_BYTES),
        baselineLabel: clipLabel,
        budget: { kind: 'value-lt', max: budgets.production.downloadRssGrowthMiB },
      },
      {
        section,
        figure: `vite preview RSS growth while a client stalls ${STALL_MS / 1000} s into a ${mib(CLIP_BYTES)} MiB clip`,
        unit: 'MiB',
        value: held('preview'),
        baseline: mib(CLIP_BYTES),
        baselineLabel: clipLabel,
        budget: { kind: 'value-lt', max: budgets.production.downloadRssGrowthMiB },
      },
      {
        section,
        figure: `npm start RSS growth during a full-speed ${mib(CLIP_BYTES)} MiB download (worst of ${DOWNLOAD_ROUNDS}, peak − before)`,
        unit: 'MiB',
        value: worstGrowth('start'),
        baseline: worstGrowth('preview'),
        baselineLabel: 'vite preview',
        budget: null,
      },
      {
        section,
        figure: `${mib(CLIP_BYTES)} MiB download via npm start (median)`,
        unit: 'ms',
        value: medianMs('start'),
        baseline: medianMs('preview'),
        baselineLabel: 'via vite preview',
        budget: null,
      },
      {
        section,
        figure: `${mib(CLIP_BYTES)} MiB download via npm start over direct`,
        unit: 'ms',
        value: medianMs('start'),
        baseline: medianMs('direct'),
        baselineLabel: 'from the stand-in gateway direct',
        budget: null,
      },
    ];
    const details = {
      setup: {
        method,
        clients: CLIENTS,
        ratePerSecond: RATE,
        seconds: SECONDS,
        rounds: ROUNDS,
        saturateSeconds: SATURATE_SECONDS,
        simTimeScale: Number(SIM_TIME_SCALE),
        clipBytes: CLIP_BYTES,
        downloadRounds: DOWNLOAD_ROUNDS,
        builtDist: built,
        target: `GET ${path} (a finished task)`,
      },
      polls,
      saturated,
      rounds,
      ratio: {
        p50: round(polls.start.latencyMs.p50 / polls.preview.latencyMs.p50, 2),
        p99: round(polls.start.latencyMs.p99 / polls.preview.latencyMs.p99, 2),
        throughput: round(saturated.start.requestsPerSecond / saturated.preview.requestsPerSecond, 2),
      },
      idleRssMiB: idleRss,
      accessLogLines: accessLog,
      downloads,
    };
    return { rows, details };
  } finally {
    await closeAll();
    await load.terminate();
  }
};
