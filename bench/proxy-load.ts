import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { createServer } from 'vite';
import { startSimulator } from '../server/simulator/start-simulator.ts';
import { studioPlugin } from '../server/studio-plugin.ts';

// npm run bench:proxy — a bounded load run on loopback: many clients polling one task
// through the studio proxy, then the simulator directly, for a fixed time each.
// Prints requests/s, latency percentiles, errors, and memory before and after; writes
// bench/proxy-load.json. Nothing here listens beyond 127.0.0.1, and it stops by itself.

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const KEY = 'sk-bench-key-0123456789';
const MiB = 1024 * 1024;

const gc = () => (globalThis as { gc?: () => void }).gc?.();
const memory = () => {
  gc();
  const { rss, heapUsed } = process.memoryUsage();
  return { rssMiB: +(rss / MiB).toFixed(1), heapUsedMiB: +(heapUsed / MiB).toFixed(1) };
};

const load = async (url: string, headers: Record<string, string>, seconds = SECONDS) => {
  // The load generator runs in its own thread, so the server under test has the main one.
  const r = await autocannon({ url, connections: CONNECTIONS, duration: seconds, headers, workers: 1 });
  return {
    requests: r.requests.total,
    requestsPerSecond: Math.round(r.requests.average),
    latencyMs: { p50: r.latency.p50, p90: r.latency.p90, p99: r.latency.p99, max: r.latency.max },
    errors: r.errors,
    timeouts: r.timeouts,
    non2xx: r.non2xx,
  };
};

const root = await mkdtemp(join(tmpdir(), 'kling-bench-'));
await writeFile(join(root, 'index.html'), '<!doctype html><title>bench</title>');
const sim = await startSimulator({ port: 0, host: '127.0.0.1', apiKey: KEY });
Object.assign(process.env, {
  KLING_API_KEY: KEY,
  KLING_BASE_URL: sim.url,
  // Every connection is one client here (one address): allow them all at once.
  PROXY_MAX_IN_FLIGHT: String(CONNECTIONS * 2),
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

try {
  const created = await fetch(`${origin}/api/v1/video/generations`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ model: 'kling-v3', prompt: 'a bench of polls' }),
  });
  const { id } = (await created.json()) as { id: string };
  const path = `/v1/video/generations/${id}`;

  await load(`${origin}/api${path}`, {}, 2); // warm-up: JIT, sockets, first allocations
  const before = memory();
  const proxy = await load(`${origin}/api${path}`, {});
  const afterProxy = memory();
  const direct = await load(`${sim.url}${path}`, { Authorization: `Bearer ${KEY}` });
  const proxyAgain = await load(`${origin}/api${path}`, {});
  const after = memory();

  const dropped = [proxy, direct, proxyAgain].reduce((sum, r) => sum + r.errors + r.timeouts + r.non2xx, 0);
  const heapGrowthMiB = +(after.heapUsedMiB - afterProxy.heapUsedMiB).toFixed(1);
  const report = {
    at: new Date().toISOString(),
    node: process.version,
    setup: { seconds: SECONDS, connections: CONNECTIONS, target: `GET ${path} (a queued task)`, loopback: true, gcExposed: Boolean((globalThis as { gc?: unknown }).gc) },
    proxy,
    direct,
    proxyAgain,
    ratio: {
      throughput: +(proxy.requestsPerSecond / direct.requestsPerSecond).toFixed(2),
      p50: +(proxy.latencyMs.p50 / Math.max(direct.latencyMs.p50, 1)).toFixed(2),
      p99: +(proxy.latencyMs.p99 / Math.max(direct.latencyMs.p99, 1)).toFixed(2),
    },
    memory: { before, afterProxy, after, heapGrowthBetweenProxyRunsMiB: heapGrowthMiB },
    verdict: { dropped, memoryFlat: heapGrowthMiB < 16 },
  };
  await writeFile(new URL('./proxy-load.json', import.meta.url), `${JSON.stringify(report, null, 2)}\n`);
  const line = (name: string, r: typeof proxy) =>
    `${name.padEnd(12)} ${String(r.requestsPerSecond).padStart(7)} req/s  p50 ${r.latencyMs.p50} ms  p99 ${r.latencyMs.p99} ms  errors ${r.errors}  timeouts ${r.timeouts}  non-2xx ${r.non2xx}`;
  console.log(`${CONNECTIONS} connections, ${SECONDS} s each, on loopback`);
  console.log(line('proxy', proxy));
  console.log(line('direct', direct));
  console.log(line('proxy again', proxyAgain));
  console.log(`proxy/direct: throughput ${report.ratio.throughput}, p50 ${report.ratio.p50}x, p99 ${report.ratio.p99}x`);
  console.log(`memory: before ${JSON.stringify(before)}, after ${JSON.stringify(after)}, heap growth between proxy runs ${heapGrowthMiB} MiB`);
  console.log(`verdict: ${dropped} dropped, memory ${report.verdict.memoryFlat ? 'flat' : 'GROWING'} (bench/proxy-load.json)`);
  if (dropped > 0 || !report.verdict.memoryFlat) process.exitCode = 1;
} finally {
  await studio.close();
  await sim.close();
  await rm(root, { recursive: true, force: true });
}
