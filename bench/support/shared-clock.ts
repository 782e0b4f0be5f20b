import { Worker } from 'node:worker_threads';

// A clock shared by a studio page (Playwright's fake clock, moved by scaled-clock.ts)
// and a simulator running in a worker thread (shared-clock-simulator.mjs).

export type SharedClock = { set: (ms: number) => void; now: () => number; buffer: SharedArrayBuffer };

export const createSharedClock = (start = Date.now()): SharedClock => {
  const buffer = new SharedArrayBuffer(8);
  const view = new BigInt64Array(buffer);
  Atomics.store(view, 0, BigInt(Math.round(start)));
  return {
    buffer,
    // Never backwards: the simulator's task ages must only grow.
    set: (ms) => {
      const next = BigInt(Math.round(ms));
      if (next > Atomics.load(view, 0)) Atomics.store(view, 0, next);
    },
    now: () => Number(Atomics.load(view, 0)),
  };
};

export const startSharedClockSimulator = async (clock: SharedClock, apiKey: string) => {
  const worker = new Worker(new URL('./shared-clock-simulator.mjs', import.meta.url), {
    workerData: { clock: clock.buffer, apiKey },
    execArgv: [],
  });
  const url = await new Promise<string>((resolve, reject) => {
    worker.once('error', reject);
    worker.once('message', (message: { url: string }) => resolve(message.url));
  });
  return {
    url,
    close: async () => {
      const closed = new Promise<void>((resolve) => worker.once('message', () => resolve()));
      worker.postMessage('close');
      await Promise.race([closed, new Promise((resolve) => setTimeout(resolve, 5000))]);
      await worker.terminate();
    },
  };
};
