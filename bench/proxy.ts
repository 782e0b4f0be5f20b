import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { budgets } from './support/budgets.ts';
import { REPO } from './support/servers.ts';
import type { Row } from './support/table.ts';

// Section 5: the proxy load bench (bench/proxy-load.ts, owned with the proxy) run as
// it is, in its own process so this one's event loop cannot skew it, for a shorter
// bounded time; its report (bench/proxy-load.json) is read back. Latency is measured at
// a fixed request rate, throughput saturated (see proxy-load.ts for why).

// 4 s per path (in 6 rounds) keeps the whole bench under five minutes with room for a busy machine.
const SECONDS = process.env.BENCH_PROXY_SECONDS ?? '4';

type LoadRun = { requestsPerSecond: number; latencyMs: { p50: number; p99: number }; errors: number; timeouts: number; non2xx: number };
type ProxyReport = {
  setup: { method: string; connections: number; ratePerSecond: number; seconds: number };
  proxy: LoadRun;
  direct: LoadRun;
  /** A bare node:http forwarder (bench/support/bare-forwarder.ts): the floor of any hop. */
  floor: LoadRun;
  saturated: { proxy: LoadRun; direct: LoadRun; floor: LoadRun };
  proxyAgain?: LoadRun;
};

const runProxyLoad = () =>
  new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', 'bench/proxy-load.ts'], {
      cwd: REPO,
      env: { ...process.env, BENCH_SECONDS: SECONDS },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    const timer = setTimeout(() => child.kill('SIGTERM'), 120_000);
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      // Exit code 1 means "dropped requests or growing memory": still a report to read.
      if (signal) reject(new Error(`bench/proxy-load.ts stopped by ${signal}`));
      else resolve(void code);
    });
  });

export const benchProxy = async () => {
  const started = Date.now();
  await runProxyLoad();
  const file = new URL('./proxy-load.json', import.meta.url);
  const report = JSON.parse(await readFile(file, 'utf8')) as ProxyReport & { at: string };
  if (Date.parse(report.at) < started) throw new Error('bench/proxy-load.ts did not write a new report');
  const { proxy, direct, floor, saturated, setup } = report;
  const dropped = (run: LoadRun) => run.errors + run.non2xx;
  console.log(`[bench] proxy: ${setup.method}`);
  const section = '5 proxy';
  const atRate = `direct, ${setup.connections} clients at ${setup.ratePerSecond} req/s`;
  const floorLabel = `bare forwarder, ${setup.connections} clients at ${setup.ratePerSecond} req/s`;
  // Judged against the bare forwarder measured in the same rounds (support/bare-forwarder.ts):
  // any HTTP hop on loopback costs about what the request it forwards does, so the
  // simulator asked directly is a floor no proxy can reach (bench/README.md).
  const rows: Row[] = [
    {
      section,
      figure: `latency p50 at ${setup.ratePerSecond} req/s`,
      unit: 'ms',
      value: proxy.latencyMs.p50,
      baseline: floor.latencyMs.p50,
      baselineLabel: floorLabel,
      budget: { kind: 'ratio-max', max: budgets.proxy.p50VsFloor },
    },
    {
      section,
      figure: `latency p99 at ${setup.ratePerSecond} req/s`,
      unit: 'ms',
      value: proxy.latencyMs.p99,
      baseline: floor.latencyMs.p99,
      baselineLabel: floorLabel,
      budget: { kind: 'ratio-max', max: budgets.proxy.p99VsFloor },
    },
    {
      section,
      figure: 'requests per second (saturated)',
      unit: 'req/s',
      value: saturated.proxy.requestsPerSecond,
      baseline: saturated.floor.requestsPerSecond,
      baselineLabel: `bare forwarder, ${setup.connections} clients`,
      budget: { kind: 'ratio-min', min: budgets.proxy.throughputVsFloor },
    },
    {
      section,
      figure: `latency p50 at ${setup.ratePerSecond} req/s, against the simulator asked directly`,
      unit: 'ms',
      value: proxy.latencyMs.p50,
      baseline: direct.latencyMs.p50,
      baselineLabel: atRate,
      budget: null,
    },
    {
      section,
      figure: `bare forwarder p50 at ${setup.ratePerSecond} req/s, against the simulator asked directly`,
      unit: 'ms',
      value: floor.latencyMs.p50,
      baseline: direct.latencyMs.p50,
      baselineLabel: atRate,
      budget: null,
    },
    {
      section,
      figure: 'errors and non-2xx',
      unit: 'req',
      value: dropped(proxy) + dropped(saturated.proxy) + (report.proxyAgain ? dropped(report.proxyAgain) : 0),
      baseline: dropped(direct) + dropped(saturated.direct) + dropped(floor) + dropped(saturated.floor),
      baselineLabel: 'direct and bare forwarder',
      budget: { kind: 'equals', value: budgets.proxy.errors },
    },
  ];
  return { rows, details: report };
};
