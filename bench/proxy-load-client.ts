import { Agent, request } from 'node:http';
import { parentPort } from 'node:worker_threads';

// The load client of bench/proxy-load.ts, in a worker thread so the servers under test
// keep the main event loop. The same client, with the same settings, measures the proxy
// and the simulator direct: only the URL and the headers differ.
//
// Each of `clients` clients has its own keep-alive connection (a browser tab polling).
// - 'rate': open loop at `rate` requests per second in total, client i sending every
//   clients/rate seconds with its phase staggered, whatever the answers take. Latency runs
//   from the moment the request is handed to the client (its queue included, so a slow
//   answer that delays the next poll counts) to the last byte, in microseconds.
// - 'saturate': each client sends its next request as soon as the previous answer ends.

export type LoadJob = {
  mode: 'rate' | 'saturate';
  url: string;
  headers: Record<string, string>;
  clients: number;
  seconds: number;
  /** Requests per second in total ('rate' only). */
  rate?: number;
};

export type LoadResult = {
  requests: number;
  seconds: number;
  errors: number;
  /** Requests with no answer after TIMEOUT_MS (also counted in errors). */
  timeouts: number;
  non2xx: number;
  /** Every answered request's latency, microseconds, in completion order. */
  latenciesUs: number[];
};

const TIMEOUT_MS = 10_000;

const runJob = (job: LoadJob): Promise<LoadResult> =>
  new Promise((resolve) => {
    const url = new URL(job.url);
    const agents = Array.from({ length: job.clients }, () => new Agent({ keepAlive: true, maxSockets: 1, maxFreeSockets: 1 }));
    const result: LoadResult = { requests: 0, seconds: job.seconds, errors: 0, timeouts: 0, non2xx: 0, latenciesUs: [] };
    const started = performance.now();
    const endAt = started + job.seconds * 1000;
    let outstanding = 0;
    let stopped = false;

    const finish = () => {
      if (outstanding > 0 || !stopped) return;
      for (const agent of agents) agent.destroy();
      result.seconds = (performance.now() - started) / 1000;
      resolve(result);
    };

    const send = (client: number, onDone?: () => void) => {
      outstanding += 1;
      const sent = performance.now();
      let settled = false;
      const done = (ok: boolean, status: number) => {
        if (settled) return;
        settled = true;
        outstanding -= 1;
        result.requests += 1;
        if (!ok) result.errors += 1;
        else {
          if (status < 200 || status > 299) result.non2xx += 1;
          result.latenciesUs.push(Math.round((performance.now() - sent) * 1000));
        }
        onDone?.();
        finish();
      };
      const req = request(
        {
          hostname: url.hostname,
          port: url.port,
          path: `${url.pathname}${url.search}`,
          method: 'GET',
          headers: job.headers,
          agent: agents[client],
        },
        (res) => {
          res.on('data', () => {});
          res.on('end', () => done(true, res.statusCode ?? 0));
          res.on('error', () => done(false, 0));
        },
      );
      req.on('error', () => done(false, 0));
      req.setTimeout(TIMEOUT_MS, () => {
        result.timeouts += 1;
        req.destroy(new Error('timeout'));
      });
      req.end();
    };

    if (job.mode === 'saturate') {
      const loop = (client: number) => {
        if (performance.now() >= endAt) {
          stopped = true;
          return;
        }
        send(client, () => loop(client));
      };
      for (let client = 0; client < job.clients; client += 1) loop(client);
      return;
    }

    // Request k (of all clients together) is due at started + k / rate and goes to client
    // k mod clients: each client polls every clients/rate seconds, phases staggered.
    const interval = 1000 / (job.rate ?? 100);
    let next = 0;
    const tick = () => {
      const now = performance.now();
      while (started + next * interval <= now && started + next * interval < endAt) {
        send(next % job.clients);
        next += 1;
      }
      const due = started + next * interval;
      if (due >= endAt) {
        stopped = true;
        finish();
        return;
      }
      setTimeout(tick, Math.max(0, due - performance.now()));
    };
    tick();
  });

parentPort?.on('message', (job: LoadJob) => {
  void runJob(job).then((result) => parentPort?.postMessage(result));
});
