import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'vite';
import { studioPlugin } from '../server/studio-plugin.ts';
import { startBareForwarder } from './support/bare-forwarder.ts';
import { freePort } from './support/servers.ts';
import { spawnServer } from './support/spawned-server.ts';
import type { LoadJob, LoadResult } from './proxy-load-client.ts';
import { startLoadWorker, summarizeLoad, type LoadSummary } from './support/load-worker.ts';

// npm run bench:proxy — many clients polling one task on loopback, through the studio
// proxy (Vite dev server + plugin → simulator) and at the simulator direct, with the same
// client (bench/proxy-load-client.ts, in a worker thread). Writes bench/proxy-load.json.
// The simulator runs as a process of its own (`server/simulator/main.ts`), as a gateway
// would: the proxy's figures are then the proxy's, not the simulator's work as well.
// Nothing here listens beyond 127.0.0.1, and it stops by itself.
//
// Latency is measured at a fixed request rate, well under what either path can serve:
// at saturation on 2 cores, latency is just queue length / throughput, not the time the
// proxy adds to one request. Proxy and direct alternate in short rounds
// so the other work on this shared machine lands on both alike. Throughput is measured
// separately, saturated. Every path is warmed first (JIT, every client's connection).
// A third path, a bare forwarder (support/bare-forwarder.ts), is the floor any proxy
// hop has on this machine: what the studio adds is the distance from it.

const SECONDS = Number(process.env.BENCH_SECONDS ?? 6);
const CLIENTS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const RATE = Number(process.env.BENCH_RATE ?? 250);
const ROUNDS = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 6));
const SATURATE_SECONDS = Number(process.env.BENCH_SATURATE_SECONDS ?? 2);
const KEY = 'sk-bench-key-0123456789';
const MiB = 1024 * 1024;

const gc = () => (globalThis as { gc?: () => void }).gc?.();
const memory = () => {
  gc();
  const { rss, heapUsed } = process.memoryUsage();
  return { rssMiB: +(rss / MiB).toFixed(1), heapUsedMiB: +(heapUsed / MiB).toFixed(1) };
};

const worker = startLoadWorker();
const runLoad = (job: LoadJob): Promise<LoadResult> => worker.run(job);
const summarize = summarizeLoad;
type Summary = LoadSummary;

const root = await mkdtemp(join(tmpdir(), 'kling-bench-'));
await writeFile(join(root, 'index.html'), '<!doctype html><title>bench</title>');
const simPort = await freePort();
const simEnv: Record<string, string> = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' };
const sim = await spawnServer({
  name: 'simulator',
  bin: 'tsx',
  args: ['server/simulator/main.ts'],
  env: { ...simEnv, SIM_PORT: String(simPort), SIM_HOST: '127.0.0.1', SIM_API_KEY: KEY },
  url: `http://127.0.0.1:${simPort}`,
  logFile: join(root, 'simulator.log'),
  readyPath: '/v1/video/generations/bench-not-a-task',
  readyHeaders: { Authorization: `Bearer ${KEY}` },
});
Object.assign(process.env, {
  KLING_API_KEY: KEY,
  KLING_BASE_URL: sim.url,
  // Every client is one address here: allow them all at once.
  PROXY_MAX_IN_FLIGHT: String(CLIENTS * 2),
});
const studio = await createServer({
  configFile: false,
  root,
  logLevel: 'silent',
  plugins: [studioPlugin()],
  server: { host: '127.0.0.1', port: 0, watch: null },
});
await studio.listen();
const origin = `http://127.0.0.1:${(studio.httpServer!.address() as AddressInfo).port}`;

let bare: Awaited<ReturnType<typeof startBareForwarder>> | null = null;
try {
  bare = await startBareForwarder(sim.url, KEY);
  const created = await fetch(`${origin}/api/v1/video/generations`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ model: 'kling-v3', prompt: 'a bench of polls' }),
  });
  const { id } = (await created.json()) as { id: string };
  const path = `/v1/video/generations/${id}`;
  // The same request both ways; direct, the client holds the key the proxy would add.
  const targets = {
    proxy: { url: `${origin}/api${path}`, headers: {} },
    direct: { url: `${sim.url}${path}`, headers: { Authorization: `Bearer ${KEY}` } },
    floor: { url: `${bare.url}/api${path}`, headers: {} },
  };
  type Name = keyof typeof targets;
  const job = (name: Name, mode: LoadJob['mode'], seconds: number): LoadJob => ({
    mode,
    ...targets[name],
    clients: CLIENTS,
    seconds,
    rate: RATE,
  });

  // Warm-up: JIT, every client's connection, the proxy's upstream pool.
  for (const name of ['proxy', 'direct', 'floor'] as const) {
    await runLoad(job(name, 'saturate', 1));
    await runLoad(job(name, 'rate', 1));
  }

  const before = memory();
  const atRate: Record<Name, LoadResult[]> = { proxy: [], direct: [], floor: [] };
  for (let round = 0; round < ROUNDS; round += 1) {
    const order: Name[] = round % 2 === 0 ? ['proxy', 'direct', 'floor'] : ['floor', 'direct', 'proxy'];
    for (const name of order) atRate[name].push(await runLoad(job(name, 'rate', SECONDS / ROUNDS)));
  }
  // The floor's and the simulator's own saturated runs first, so the heap window below
  // (between two proxy runs) holds the proxy's work only.
  const floorSaturated = summarize([await runLoad(job('floor', 'saturate', SATURATE_SECONDS))]);
  const directSaturated = summarize([await runLoad(job('direct', 'saturate', SATURATE_SECONDS))]);
  const afterProxy = memory();
  const saturated = {
    proxy: summarize([await runLoad(job('proxy', 'saturate', SATURATE_SECONDS))]),
    direct: directSaturated,
    floor: floorSaturated,
  };
  const proxyAgain = summarize([await runLoad(job('proxy', 'rate', SECONDS / ROUNDS))]);
  const after = memory();

  // The table's figures: latency at the fixed rate, throughput saturated.
  const figures = (name: Name) => ({ ...summarize(atRate[name]), requestsPerSecond: saturated[name].requestsPerSecond });
  const proxy = figures('proxy');
  const direct = figures('direct');
  const floor = figures('floor');
  const dropped = [proxy, direct, saturated.proxy, saturated.direct, proxyAgain].reduce((sum, r) => sum + r.errors + r.non2xx, 0);
  const heapGrowthMiB = +(after.heapUsedMiB - afterProxy.heapUsedMiB).toFixed(1);
  const method =
    `${CLIENTS} clients, one keep-alive connection each (node:http, worker thread), open loop at ${RATE} req/s in total ` +
    `(${+(RATE / CLIENTS).toFixed(2)} req/s each) for ${SECONDS} s per path in ${ROUNDS} alternating rounds, after a warm-up; ` +
    `latency from hand-off to last byte. Throughput: the same clients saturating for ${SATURATE_SECONDS} s.`;
  const report = {
    at: new Date().toISOString(),
    node: process.version,
    setup: {
      method,
      connections: CLIENTS,
      ratePerSecond: RATE,
      seconds: SECONDS,
      rounds: ROUNDS,
      saturateSeconds: SATURATE_SECONDS,
      target: `GET ${path} (a queued task)`,
      loopback: true,
      gcExposed: Boolean((globalThis as { gc?: unknown }).gc),
    },
    proxy,
    direct,
    floor,
    saturated,
    proxyAgain,
    // Each round's p50/p99 (ms), in the order they ran: a round hit by other work on the machine shows here.
    rounds: (['proxy', 'direct', 'floor'] as const).map((name) => ({
      name,
      p50: atRate[name].map((r) => summarize([r]).latencyMs.p50),
      p99: atRate[name].map((r) => summarize([r]).latencyMs.p99),
    })),
    ratio: {
      throughput: +(proxy.requestsPerSecond / direct.requestsPerSecond).toFixed(2),
      p50: +(proxy.latencyMs.p50 / direct.latencyMs.p50).toFixed(2),
      floorP50: +(floor.latencyMs.p50 / direct.latencyMs.p50).toFixed(2),
      proxyOverFloorP50: +(proxy.latencyMs.p50 / floor.latencyMs.p50).toFixed(2),
      p99: +(proxy.latencyMs.p99 / direct.latencyMs.p99).toFixed(2),
      saturatedP50: +(saturated.proxy.latencyMs.p50 / saturated.direct.latencyMs.p50).toFixed(2),
    },
    // What the proxy adds to one request, in ms, at the fixed rate.
    addedMs: {
      p50: +(proxy.latencyMs.p50 - direct.latencyMs.p50).toFixed(3),
      p99: +(proxy.latencyMs.p99 - direct.latencyMs.p99).toFixed(3),
    },
    memory: { before, afterProxy, after, heapGrowthBetweenProxyRunsMiB: heapGrowthMiB },
    verdict: { dropped, memoryFlat: heapGrowthMiB < 16 },
  };
  await writeFile(new URL('./proxy-load.json', import.meta.url), `${JSON.stringify(report, null, 2)}\n`);
  const line = (name: string, r: Summary) =>
    `${name.padEnd(18)} ${String(r.requestsPerSecond).padStart(6)} req/s  p50 ${r.latencyMs.p50} ms  p90 ${r.latencyMs.p90} ms  p99 ${r.latencyMs.p99} ms  errors ${r.errors}  timeouts ${r.timeouts}  non-2xx ${r.non2xx}`;
  console.log(method);
  console.log(line(`proxy @${RATE}/s`, summarize(atRate.proxy)));
  console.log(line(`direct @${RATE}/s`, summarize(atRate.direct)));
  console.log(line(`floor @${RATE}/s`, summarize(atRate.floor)));
  for (const round of report.rounds)
    console.log(`${`${round.name} rounds`.padEnd(18)} p50 ${round.p50.join(' / ')} ms  p99 ${round.p99.join(' / ')} ms`);
  console.log(line('proxy saturated', saturated.proxy));
  console.log(line('direct saturated', saturated.direct));
  console.log(line('floor saturated', saturated.floor));
  console.log(line(`proxy again`, proxyAgain));
  console.log(
    `proxy/direct at ${RATE} req/s: p50 ${report.ratio.p50}x (+${report.addedMs.p50} ms), p99 ${report.ratio.p99}x (+${report.addedMs.p99} ms); ` +
      `saturated: throughput ${report.ratio.throughput}, p50 ${report.ratio.saturatedP50}x; ` +
      `bare forwarder (floor) p50 ${report.ratio.floorP50}x direct, the studio's proxy ${report.ratio.proxyOverFloorP50}x the floor`,
  );
  console.log(
    `memory: before ${JSON.stringify(before)}, after ${JSON.stringify(after)}, heap growth between proxy runs ${heapGrowthMiB} MiB`,
  );
  console.log(`verdict: ${dropped} dropped, memory ${report.verdict.memoryFlat ? 'flat' : 'GROWING'} (bench/proxy-load.json)`);
  if (dropped > 0 || !report.verdict.memoryFlat) process.exitCode = 1;
} finally {
  await worker.terminate();
  await bare?.close();
  await studio.close();
  await sim.close();
  await rm(root, { recursive: true, force: true });
}
