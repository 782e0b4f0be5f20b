import 'fake-indexeddb/auto';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { startSimulator, type RunningSimulator } from '../../../server/simulator/start-simulator.ts';
import { getTask } from '../../api/gateway-client.ts';
import { defaultGenerationRequest } from '../../api/generation-request.schema.ts';
import { isTerminal } from '../../api/task.schema.ts';
import { newSetId } from '../sets/comparison-set.ts';
import type { Submission } from '../submission.ts';
import { openQueueDb, type QueueDb } from './queue-db.ts';
import { useQueueStore } from './queue-store.ts';
import { moveItem } from './schedule.ts';
import { useKeyRefusedStore } from '../key-refused-store.ts';
import { useTaskRecordsStore } from '../records/task-records-store.ts';
import { isUncertain } from '../records/task-record.ts';
import { startQueueService } from './queue-service.ts';

// The queue against the real simulator over HTTP: the studio's gateway client is
// pointed at it (the proxy's job in the browser), the history is polled the way
// TaskPollers would, and the simulator's own counters say what really happened.

const realFetch = globalThis.fetch;
const queueInitial = useQueueStore.getState();
const recordsInitial = useTaskRecordsStore.getState();

let sims: RunningSimulator[] = [];
let db: QueueDb;
let service: ReturnType<typeof startQueueService> | null = null;
let poller: ReturnType<typeof setInterval> | null = null;

const useSimulator = async (options: { maxRunning?: number } = {}) => {
  const sim = await startSimulator({ port: 0, timeScale: 0.01, ...options });
  sims.push(sim);
  vi.stubGlobal('fetch', (input: string | URL | Request, init?: RequestInit) => {
    const path = String(input).replace(/^\/api/, '');
    return realFetch(`${sim.url}${path}`, {
      ...init,
      headers: { ...(init?.headers as Record<string, string>), Authorization: 'Bearer test' },
    });
  });
  return sim;
};

const fault = (sim: RunningSimulator, spec: Record<string, unknown>) =>
  realFetch(`${sim.url}/__sim/faults`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(spec) });

// navigator.locks as the browser has it, for one process: a lock is held until its callback's promise settles.
const fakeLocks = () => {
  const held = new Set<string>();
  const locks = {
    // Both forms: (name, callback) and (name, options, callback).
    request: async (name: string, ...rest: unknown[]) => {
      const callback = rest.find((arg): arg is () => Promise<void> => typeof arg === 'function')!;
      held.add(name);
      try {
        await callback();
      } finally {
        held.delete(name);
      }
    },
    query: async () => ({ held: [...held].map((name) => ({ name })), pending: [] }),
  };
  vi.stubGlobal('navigator', { locks });
  return held;
};

const stats = async (sim: RunningSimulator) =>
  (await (await realFetch(`${sim.url}/__sim/stats`)).json()) as { created: number; running: number; peakRunning: number };

// What TaskPollers does in the browser: ask about every unfinished task, and copy the answer into the history.
const startPolling = () => {
  poller = setInterval(() => {
    for (const record of useTaskRecordsStore.getState().records)
      if (record.task && !isTerminal(record.task.status) && !isUncertain(record))
        void getTask(record.ref)
          .then((task) => useTaskRecordsStore.getState().applyAnswer(record.ref, task))
          .catch(() => undefined);
  }, 50);
};

const submission = (prompt: string, set?: Submission['set']): Submission => ({
  request: { ...defaultGenerationRequest(), prompt, duration: 5 },
  surface: 'unified',
  ...(set ? { set } : {}),
});

const start = () => {
  service = startQueueService({ db });
  return service;
};

const allFinished = () => {
  const { records } = useTaskRecordsStore.getState();
  return records.every((record) => record.task !== null && isTerminal(record.task.status));
};

beforeAll(() => {
  vi.useRealTimers();
});

beforeEach(() => {
  useKeyRefusedStore.getState().clear();
  useQueueStore.setState(queueInitial, true);
  useTaskRecordsStore.setState(recordsInitial, true);
  useTaskRecordsStore.getState().hydrate([], []);
  db = openQueueDb(`queue-test-${Math.random()}`);
});

afterEach(async () => {
  vi.restoreAllMocks();
  if (poller) clearInterval(poller);
  service?.stop();
  service = null;
  await db.delete();
  vi.unstubAllGlobals();
  await Promise.all(sims.map((sim) => sim.close()));
  sims = [];
});

afterAll(() => vi.unstubAllGlobals());

describe('the submission queue against the simulator', () => {
  it('never has more than `limit` tasks running, sends in order, and creates each item once', async () => {
    const sim = await useSimulator();
    const { persistence } = start();
    await persistence.loaded;
    useQueueStore.getState().setLimit(2);
    const set = { id: newSetId(), kind: 'batch' as const, parameter: null, caption: '' };
    useQueueStore
      .getState()
      .enqueue(
        ['one', 'two', 'three', 'four', 'five'].map((prompt, position) => submission(prompt, { ...set, caption: prompt, position })),
      );
    startPolling();
    await vi.waitFor(() => expect(useTaskRecordsStore.getState().records).toHaveLength(5), { timeout: 30_000, interval: 50 });
    await vi.waitFor(() => expect(allFinished()).toBe(true), { timeout: 30_000, interval: 100 });
    const counts = await stats(sim);
    expect(counts.created).toBe(5);
    expect(counts.peakRunning).toBeLessThanOrEqual(2);
    expect(useQueueStore.getState().items).toEqual([]);
    // Oldest first in the history means the order they were created in.
    const records = [...useTaskRecordsStore.getState().records].sort((a, b) => a.submittedAt - b.submittedAt);
    expect(records.map((r) => r.request?.prompt)).toEqual(['one', 'two', 'three', 'four', 'five']);
    expect(records.map((r) => r.set?.position)).toEqual([0, 1, 2, 3, 4]);
  });

  it('sends what was queued before the queue service started (Generate pressed while the page is still loading)', async () => {
    const sim = await useSimulator();
    useQueueStore.getState().enqueue([submission('early')]);
    const { persistence } = start();
    await persistence.loaded;
    startPolling();
    await vi.waitFor(() => expect(useTaskRecordsStore.getState().records.map((r) => r.request?.prompt)).toEqual(['early']), {
      timeout: 30_000,
      interval: 50,
    });
    expect((await stats(sim)).created).toBe(1);
    expect(useQueueStore.getState().items).toEqual([]);
  });

  it('a 429 (1303) pauses sending and retries the same item after Retry-After; nothing is created twice', async () => {
    const sim = await useSimulator({ maxRunning: 1 });
    const { persistence } = start();
    await persistence.loaded;
    useQueueStore.getState().enqueue([submission('first'), submission('second'), submission('third')]);
    startPolling();
    await vi.waitFor(() => expect(useQueueStore.getState().backoff).not.toBeNull(), { timeout: 10_000, interval: 10 });
    expect(useQueueStore.getState().items.find((item) => item.id === useQueueStore.getState().backoff?.itemId)?.busyCount).toBeGreaterThan(
      0,
    );
    await vi.waitFor(() => expect(useTaskRecordsStore.getState().records).toHaveLength(3), { timeout: 45_000, interval: 50 });
    await vi.waitFor(() => expect(allFinished()).toBe(true), { timeout: 30_000, interval: 100 });
    expect((await stats(sim)).created).toBe(3);
  }, 90_000);

  it('holds everything while paused, and sends on resume', async () => {
    const sim = await useSimulator();
    const { persistence } = start();
    await persistence.loaded;
    useQueueStore.getState().setPaused(true);
    useQueueStore.getState().enqueue([submission('held')]);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect((await stats(sim)).created).toBe(0);
    useQueueStore.getState().setPaused(false);
    await vi.waitFor(() => expect(useTaskRecordsStore.getState().records).toHaveLength(1), { timeout: 10_000, interval: 20 });
    expect((await stats(sim)).created).toBe(1);
  });

  it('a refusal (400) stays in the queue as failed, in the gateway’s words; nothing else is held up', async () => {
    await useSimulator();
    const { persistence } = start();
    await persistence.loaded;
    const [bad] = useQueueStore
      .getState()
      .enqueue([{ ...submission('too long'), request: { ...submission('x').request, prompt: 'x'.repeat(2600) } }, submission('fine')]);
    await vi.waitFor(() => expect(useQueueStore.getState().items.find((item) => item.id === bad)?.state).toBe('failed'), {
      timeout: 10_000,
      interval: 20,
    });
    expect(useQueueStore.getState().items.find((item) => item.id === bad)?.error).toMatchObject({ kind: 'bad_request', status: 400 });
    await vi.waitFor(() => expect(useTaskRecordsStore.getState().records).toHaveLength(1), { timeout: 10_000, interval: 20 });
    useQueueStore.getState().remove(bad!);
    expect(useQueueStore.getState().items).toEqual([]);
  });

  it('a create that loses its connection becomes an uncertain record and is never resent', async () => {
    const sim = await useSimulator();
    await realFetch(`${sim.url}/__sim/faults`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ on: 'create', fault: 'reset' }),
    });
    const { persistence } = start();
    await persistence.loaded;
    const [id] = useQueueStore.getState().enqueue([submission('lost')]);
    await vi.waitFor(() => expect(useTaskRecordsStore.getState().records.some(isUncertain)).toBe(true), { timeout: 10_000, interval: 20 });
    expect(useQueueStore.getState().items).toEqual([]);
    expect(useQueueStore.getState().outcomes[id!]).toBeDefined();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect((await stats(sim)).created).toBe(0);
  });

  describe('a knowing resend of an uncertain entry', () => {
    // The entry the resend stands in for, as a lost create leaves it in the history.
    const uncertainEntry = () => {
      const ref = { surface: 'unified' as const, kind: 'text2video' as const, id: 'uncertain-earlier' };
      useTaskRecordsStore.getState().add({
        ref,
        request: submission('resent').request,
        submittedAt: 1,
        task: null,
        starred: false,
        origin: 'studio',
        submission: 'uncertain',
      });
      return ref;
    };
    const entryKept = (id: string) => useTaskRecordsStore.getState().records.some((record) => record.ref.id === id);

    it('takes the entry’s place once the gateway has made it, and not before', async () => {
      await useSimulator();
      const { persistence } = start();
      await persistence.loaded;
      const replaces = uncertainEntry();
      useQueueStore.getState().setPaused(true);
      useQueueStore.getState().enqueue([{ ...submission('resent'), replaces }]);
      await persistence.idle();
      // Waiting in a paused queue (or a tab closed now): the entry is still there.
      expect(entryKept(replaces.id)).toBe(true);
      useQueueStore.getState().setPaused(false);
      await vi.waitFor(() => expect(useTaskRecordsStore.getState().records.some((record) => record.task !== null)).toBe(true), {
        timeout: 10_000,
        interval: 20,
      });
      expect(entryKept(replaces.id)).toBe(false);
      expect(useTaskRecordsStore.getState().records).toHaveLength(1);
    });

    it('replaces the entry with a new uncertain one when it is lost again', async () => {
      const sim = await useSimulator();
      await fault(sim, { on: 'create', fault: 'reset' });
      const { persistence } = start();
      await persistence.loaded;
      const replaces = uncertainEntry();
      useQueueStore.getState().enqueue([{ ...submission('resent'), replaces }]);
      await vi.waitFor(() => expect(entryKept(replaces.id)).toBe(false), { timeout: 10_000, interval: 20 });
      expect(useTaskRecordsStore.getState().records.filter(isUncertain)).toHaveLength(1);
    });

    it('leaves the entry (and its Add by id) when the resend is refused, and survives a reload on the way', async () => {
      await useSimulator();
      let running = start();
      await running.persistence.loaded;
      const replaces = uncertainEntry();
      useQueueStore.getState().setPaused(true);
      const [id] = useQueueStore
        .getState()
        .enqueue([{ ...submission('resent'), request: { ...submission('x').request, prompt: 'x'.repeat(2600) }, replaces }]);
      await running.persistence.idle();
      running.stop();
      db = openQueueDb(db.name);
      useQueueStore.setState(queueInitial, true);
      running = start();
      await running.persistence.loaded;
      expect(useQueueStore.getState().items.find((item) => item.id === id)?.submission.replaces).toEqual(replaces);
      useQueueStore.getState().setPaused(false);
      await vi.waitFor(() => expect(useQueueStore.getState().items.find((item) => item.id === id)?.state).toBe('failed'), {
        timeout: 10_000,
        interval: 20,
      });
      expect(entryKept(replaces.id)).toBe(true);
    });
  });

  it('after a reload, waiting items and settings come back; an item found “sending” becomes uncertain, never resent', async () => {
    const sim = await useSimulator();
    let first = start();
    await first.persistence.loaded;
    useQueueStore.getState().setPaused(true);
    useQueueStore.getState().setLimit(4);
    const [sending, waiting] = useQueueStore.getState().enqueue([submission('was sending'), submission('was waiting')]);
    await first.persistence.idle();
    // The tab closed after 'sending' reached the disk, before the answer came back.
    const item = useQueueStore.getState().items.find((i) => i.id === sending)!;
    expect(await first.persistence.claim(item)).toBe(true);
    first.stop();
    db = openQueueDb(db.name);

    useQueueStore.setState(queueInitial, true);
    useTaskRecordsStore.setState(recordsInitial, true);
    useTaskRecordsStore.getState().hydrate([], []);
    first = start();
    await first.persistence.loaded;
    const state = useQueueStore.getState();
    expect(state).toMatchObject({ paused: true, limit: 4 });
    expect(state.items.map((i) => i.id)).toEqual([waiting]);
    const records = useTaskRecordsStore.getState().records;
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ submission: 'uncertain', request: { prompt: 'was sending' } });
    useQueueStore.getState().setPaused(false);
    await vi.waitFor(() => expect(useTaskRecordsStore.getState().records).toHaveLength(2), { timeout: 10_000, interval: 20 });
    expect((await stats(sim)).created).toBe(1);
    await first.persistence.idle();
    expect(await db.items.count()).toBe(0);
  });

  it('an item another tab has already claimed is not sent from here', async () => {
    const sim = await useSimulator();
    const { persistence } = start();
    await persistence.loaded;
    useQueueStore.getState().setPaused(true);
    const [id] = useQueueStore.getState().enqueue([submission('claimed elsewhere')]);
    await persistence.idle();
    await db.items.update(id!, { state: 'sending' });
    useQueueStore.getState().setPaused(false);
    await vi.waitFor(() => expect(useQueueStore.getState().items).toEqual([]), { timeout: 5_000, interval: 20 });
    expect((await stats(sim)).created).toBe(0);
    expect(await db.items.get(id!)).toMatchObject({ state: 'sending' });
  });

  it('an item another tab sent and deleted is never written back or sent again from here (e.g. when moving another item)', async () => {
    const sim = await useSimulator();
    const { persistence } = start();
    await persistence.loaded;
    useQueueStore.getState().setPaused(true);
    const [done, other] = useQueueStore.getState().enqueue([submission('sent by the other tab'), submission('still waiting')]);
    await persistence.idle();
    // Tab A sent it and, once created, deleted its row.
    await db.items.delete(done!);
    useQueueStore.getState().reorder((items) => moveItem(items, other!, -1));
    await persistence.idle();
    expect(await db.items.get(done!)).toBeUndefined();
    expect(useQueueStore.getState().items.map((item) => item.id)).toEqual([other]);
    useQueueStore.getState().setPaused(false);
    await vi.waitFor(() => expect(useTaskRecordsStore.getState().records).toHaveLength(1), { timeout: 10_000, interval: 20 });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect((await stats(sim)).created).toBe(1);
  });

  it('with navigator.locks, a claim names its tab, and a “sending” row of a tab still open is shown but left alone on load', async () => {
    const sim = await useSimulator();
    const held = fakeLocks();
    held.add('kling-studio.queue.tab.other-tab');
    const item = { ...submission('in the other tab'), id: 'q-other' };
    await db.items.put({
      id: 'q-other',
      submission: item,
      state: 'sending',
      position: 0,
      addedAt: 1,
      busyCount: 0,
      error: null,
      claimedBy: 'other-tab',
    } as never);
    await db.items.put({
      id: 'q-closed',
      submission: submission('closed tab'),
      state: 'sending',
      position: 1,
      addedAt: 1,
      busyCount: 0,
      error: null,
      claimedBy: 'closed-tab',
    } as never);
    const { persistence } = start();
    await persistence.loaded;
    // The closed tab's create is uncertain; the open tab's is its own business, shown as sending.
    expect(useTaskRecordsStore.getState().records.map((r) => r.request?.prompt)).toEqual(['closed tab']);
    expect(useQueueStore.getState().items.map((i) => [i.id, i.state])).toEqual([['q-other', 'sending']]);
    expect(await db.items.get('q-other')).toMatchObject({ state: 'sending', claimedBy: 'other-tab' });
    expect(await db.items.get('q-closed')).toBeUndefined();

    useQueueStore.getState().setPaused(true);
    const [mine] = useQueueStore.getState().enqueue([submission('mine')]);
    await persistence.idle();
    expect(await persistence.claim(useQueueStore.getState().items.find((i) => i.id === mine)!)).toBe(true);
    const row = await db.items.get(mine!);
    expect(row).toMatchObject({ state: 'sending', claimedBy: expect.any(String) });
    expect(held.has(`kling-studio.queue.tab.${String(row?.claimedBy)}`)).toBe(true);
    expect((await stats(sim)).created).toBe(0);
  });

  it('a claim that cannot be written (storage worked at load) fails the item plainly and sends nothing', async () => {
    const sim = await useSimulator();
    const { persistence } = start();
    await persistence.loaded;
    useQueueStore.getState().setPaused(true);
    const [id] = useQueueStore.getState().enqueue([submission('unsaved claim')]);
    await persistence.idle();
    vi.spyOn(db, 'transaction').mockRejectedValue(new Error('QuotaExceededError'));
    useQueueStore.getState().setPaused(false);
    await vi.waitFor(() => expect(useQueueStore.getState().items.find((item) => item.id === id)?.state).toBe('failed'), {
      timeout: 5_000,
      interval: 20,
    });
    expect(useQueueStore.getState().items.find((item) => item.id === id)?.error).toMatchObject({ kind: 'storage' });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect((await stats(sim)).created).toBe(0);
  });

  it('an item whose write failed (disk full) is failed visibly, not dropped in silence', async () => {
    const sim = await useSimulator();
    const { persistence } = start();
    await persistence.loaded;
    vi.spyOn(db, 'transaction').mockRejectedValueOnce(new Error('QuotaExceededError'));
    const [id] = useQueueStore.getState().enqueue([submission('never saved')]);
    await vi.waitFor(() => expect(useQueueStore.getState().items.find((item) => item.id === id)?.state).toBe('failed'), {
      timeout: 5_000,
      interval: 20,
    });
    expect(useQueueStore.getState().items.find((item) => item.id === id)?.error).toMatchObject({ kind: 'storage' });
    expect((await stats(sim)).created).toBe(0);
  });

  it('a refused key (401) puts the item back and pauses the queue with the reason; nothing is lost', async () => {
    const sim = await useSimulator();
    await fault(sim, { on: 'create', fault: 'status', status: 401 });
    const { persistence } = start();
    await persistence.loaded;
    useQueueStore.getState().setLimit(1);
    const [id, next] = useQueueStore.getState().enqueue([submission('refused'), submission('next')]);
    await vi.waitFor(() => expect(useQueueStore.getState().paused).toBe(true), { timeout: 5_000, interval: 20 });
    const state = useQueueStore.getState();
    expect(state.pauseReason).toMatchObject({ kind: 'auth', status: 401 });
    expect(state.items.map((item) => [item.id, item.state])).toEqual(
      expect.arrayContaining([
        [id, 'waiting'],
        [next, 'waiting'],
      ]),
    );
    expect(Object.keys(state.outcomes)).toEqual([]);
    // The studio's banner says it too, and its Retry resumes the queue.
    expect(useKeyRefusedStore.getState().refused).toBe(true);
    useKeyRefusedStore.getState().clear();
    expect(useQueueStore.getState().paused).toBe(false);
    expect(useQueueStore.getState().pauseReason).toBeNull();
    startPolling();
    await vi.waitFor(() => expect(useTaskRecordsStore.getState().records).toHaveLength(2), { timeout: 10_000, interval: 20 });
    expect((await stats(sim)).created).toBe(2);
  });

  it("resuming a queue the key paused takes the studio's key-refused banner down", async () => {
    await useSimulator();
    const { persistence } = start();
    await persistence.loaded;
    useQueueStore.getState().setPaused(true);
    const [id] = useQueueStore.getState().enqueue([submission('held')]);
    useQueueStore.getState().refused(id!, { kind: 'auth', status: 401, message: 'Invalid API key' });
    expect(useKeyRefusedStore.getState().refused).toBe(true);
    useQueueStore.getState().setPaused(false);
    expect(useKeyRefusedStore.getState().refused).toBe(false);
  });

  it('a 503 on a create is retried after a back-off like a 429; a 500 stays failed', async () => {
    const sim = await useSimulator();
    await fault(sim, { on: 'create', fault: 'status', status: 503, retryAfter: 0 });
    const { persistence } = start();
    await persistence.loaded;
    const [id] = useQueueStore.getState().enqueue([submission('unavailable once')]);
    await vi.waitFor(() => expect(useQueueStore.getState().backoff?.itemId).toBe(id), { timeout: 5_000, interval: 5 });
    await vi.waitFor(() => expect(useTaskRecordsStore.getState().records).toHaveLength(1), { timeout: 10_000, interval: 20 });
    expect((await stats(sim)).created).toBe(1);
    await fault(sim, { on: 'create', fault: 'status', status: 500 });
    const [broken] = useQueueStore.getState().enqueue([submission('server error')]);
    await vi.waitFor(() => expect(useQueueStore.getState().items.find((item) => item.id === broken)?.state).toBe('failed'), {
      timeout: 5_000,
      interval: 20,
    });
  });
});
