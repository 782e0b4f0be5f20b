import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ClipSpec } from './clip-spec.ts';
import type { RenderRequest, RenderResponse } from './render-worker.ts';

export type RenderPool = {
  /** Encodes on a worker thread; queued when all workers are busy. */
  render(spec: ClipSpec): Promise<Uint8Array>;
  /** Rejects queued renders and stops the workers. */
  close(): Promise<void>;
};

export type RenderPoolOptions = {
  /** Concurrent renders. Each one pins a core, and the dev server shares the machine. */
  size?: number;
  /** An idle worker is stopped after this long, releasing its encoder memory. */
  idleTimeoutMs?: number;
};

type Job = { id: number; spec: ClipSpec; resolve: (bytes: Uint8Array) => void; reject: (err: Error) => void };
type Slot = { worker: Worker; job?: Job; idleTimer?: NodeJS.Timeout };

// Resolved against this file's own URL, which Vite's config bundler rewrites to the source location.
const BOOTSTRAP_URL = new URL('./render-worker-bootstrap.mjs', import.meta.url);

export function defaultPoolSize(): number {
  return Math.max(1, Math.min(2, availableParallelism() - 1));
}

export function createRenderPool({ size = defaultPoolSize(), idleTimeoutMs = 30_000 }: RenderPoolOptions = {}): RenderPool {
  const queue: Job[] = [];
  const slots = new Set<Slot>();
  let nextId = 1;
  let closed = false;

  function retire(slot: Slot, reason: Error): void {
    if (!slots.delete(slot)) return;
    clearTimeout(slot.idleTimer);
    slot.job?.reject(reason);
    void slot.worker.terminate();
    pump();
  }

  function spawn(): Slot {
    // execArgv: [] because the bootstrap brings its own loader; inheriting the parent's flags would
    // register tsx twice under the tsx CLI and drag vitest's flags into the worker.
    const worker = new Worker(BOOTSTRAP_URL, { execArgv: [], name: 'kling-sim-clip-render' });
    const slot: Slot = { worker };
    worker.on('message', (response: RenderResponse) => {
      const job = slot.job;
      if (!job || job.id !== response.id) return;
      slot.job = undefined;
      if (response.ok) job.resolve(response.bytes);
      else job.reject(new Error(`clip render failed: ${response.error}`));
      worker.unref(); // an idle worker must not keep the process alive
      slot.idleTimer = setTimeout(() => retire(slot, new Error('idle')), idleTimeoutMs).unref();
      pump();
    });
    worker.on('error', (err) => retire(slot, err));
    worker.on('exit', (code) => retire(slot, new Error(`clip render worker exited with code ${code}`)));
    slots.add(slot);
    return slot;
  }

  function pump(): void {
    while (!closed && queue.length > 0) {
      const slot = [...slots].find((s) => !s.job) ?? (slots.size < size ? spawn() : undefined);
      if (!slot) return;
      const job = queue.shift()!;
      clearTimeout(slot.idleTimer);
      slot.job = job;
      slot.worker.ref(); // keep the process alive while someone awaits this render
      const request: RenderRequest = { id: job.id, spec: job.spec };
      slot.worker.postMessage(request);
    }
  }

  return {
    render(spec) {
      if (closed) return Promise.reject(new Error('render pool is closed'));
      return new Promise<Uint8Array>((resolve, reject) => {
        queue.push({ id: nextId++, spec, resolve, reject });
        pump();
      });
    },
    async close() {
      closed = true;
      const err = new Error('render pool closed');
      for (const job of queue.splice(0)) job.reject(err);
      const running = [...slots];
      for (const slot of running) retire(slot, err);
      await Promise.all(running.map((s) => s.worker.terminate()));
    },
  };
}
