import { Worker } from 'node:worker_threads';
import type { LoadJob, LoadResult } from '../proxy-load-client.ts';

// The load client of bench/proxy-load.ts (bench/proxy-load-client.ts) in a worker thread,
// for benches that run inside `npm run bench`'s own process: the servers under test are
// other processes, and this thread only waits. The same summary as proxy-load.ts reports.

export type LoadWorker = { run(job: LoadJob): Promise<LoadResult>; terminate(): Promise<void> };

export const startLoadWorker = (): LoadWorker => {
  // tsx's loader does not reach worker threads by itself: the worker registers it first.
  const clientUrl = new URL('../proxy-load-client.ts', import.meta.url).href;
  const worker = new Worker(`import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(clientUrl)}); });`, {
    eval: true,
  });
  const run = (job: LoadJob): Promise<LoadResult> =>
    new Promise((resolve, reject) => {
      const onError = (error: Error) => reject(error);
      worker.once('error', onError);
      worker.once('message', (result: LoadResult) => {
        worker.off('error', onError);
        resolve(result);
      });
      worker.postMessage(job);
    });
  return { run, terminate: async () => void (await worker.terminate()) };
};

const nearestRank = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? 0;
const ms = (us: number) => +(us / 1000).toFixed(3);

/** Several runs as one: requests per second over their summed time, percentiles over every latency. */
export const summarizeLoad = (results: LoadResult[]) => {
  const latencies = results.flatMap((r) => r.latenciesUs).sort((a, b) => a - b);
  const requests = results.reduce((total, r) => total + r.requests, 0);
  const seconds = results.reduce((total, r) => total + r.seconds, 0);
  return {
    requests,
    requestsPerSecond: Math.round(requests / seconds),
    latencyMs: {
      p50: ms(nearestRank(latencies, 50)),
      p90: ms(nearestRank(latencies, 90)),
      p99: ms(nearestRank(latencies, 99)),
      max: ms(latencies.at(-1) ?? 0),
    },
    errors: results.reduce((total, r) => total + r.errors, 0),
    timeouts: results.reduce((total, r) => total + r.timeouts, 0),
    non2xx: results.reduce((total, r) => total + r.non2xx, 0),
  };
};
export type LoadSummary = ReturnType<typeof summarizeLoad>;
