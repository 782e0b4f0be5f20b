import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultGenerationRequest } from '../../api/generation-request.schema.ts';
import type { QueueItem } from './queue-item.ts';
import { openQueueDb, type QueueDb } from './queue-db.ts';
import { startQueuePersistence } from './queue-persistence.ts';
import { useQueueStore } from './queue-store.ts';

// The queue's mirror as two tabs meet it: two persistences on two connections to one
// IndexedDB database, told of each other's writes by a channel pair, over fake-indexeddb.

const initial = useQueueStore.getState();
const row = (id: string, state: QueueItem['state'], extra: Record<string, unknown> = {}) => ({
  id,
  submission: { request: { ...defaultGenerationRequest(), prompt: id, duration: 5 }, surface: 'unified' },
  state,
  position: 0,
  addedAt: 1,
  busyCount: 0,
  error: null,
  ...extra,
});

// A BroadcastChannel stand-in whose messages reach only the other end.
const channelPair = () => {
  const ends = [0, 1].map(() => ({
    onmessage: null as ((event: MessageEvent) => void) | null,
    postMessage: (_: unknown) => {},
    close: () => {},
  }));
  ends[0]!.postMessage = (data) => queueMicrotask(() => ends[1]!.onmessage?.({ data } as MessageEvent));
  ends[1]!.postMessage = (data) => queueMicrotask(() => ends[0]!.onmessage?.({ data } as MessageEvent));
  return ends as unknown as [BroadcastChannel, BroadcastChannel];
};

let name: string;
const dbs: QueueDb[] = [];
const open = () => {
  const db = openQueueDb(name);
  dbs.push(db);
  return db;
};

beforeEach(() => {
  useQueueStore.setState(initial, true);
  name = `queue-persistence-${Math.random()}`;
});
afterEach(() => {
  for (const db of dbs.splice(0)) db.close();
});

describe('the queue mirror between tabs', () => {
  it('records a create left mid-send by a closed tab once, though two tabs find it at once', async () => {
    await open().items.put(row('orphan', 'sending', { claimedBy: 'closed-tab' }) as never);
    const reported: string[] = [];
    const onUncertain = (items: QueueItem[]) => reported.push(...items.map((item) => item.id));
    // One tab reloads (its load finds the orphan) while another becomes the sender (adopts it).
    const [a, b] = channelPair();
    const reloading = startQueuePersistence({ db: open(), onUncertain, tabLock: null, channel: a });
    const sender = startQueuePersistence({ db: open(), onUncertain, tabLock: null, channel: b });
    await Promise.all([reloading.loaded, sender.adoptOrphans()]);
    await Promise.all([reloading.idle(), sender.idle()]);
    expect(reported).toEqual(['orphan']);
    expect(await open().items.get('orphan')).toBeUndefined();
    reloading.stop();
    sender.stop();
  });

  it('shows an item another tab put back to waiting (a 429) as waiting, not as sending for ever', async () => {
    const db = open();
    await db.items.put(row('busy', 'sending', { claimedBy: 'other-tab' }) as never);
    const [here, other] = channelPair();
    const persistence = startQueuePersistence({ db, onUncertain: () => {}, tabLock: null, channel: here });
    await persistence.loaded;
    // tabLock null: no live tabs are known, so load took the row as an orphan; put a fresh one.
    await db.items.put(row('busy', 'sending', { claimedBy: 'other-tab' }) as never);
    other.postMessage({ changed: true });
    await new Promise((resolve) => setTimeout(resolve, 20));
    await persistence.idle();
    expect(useQueueStore.getState().items.map((item) => [item.id, item.state])).toEqual([['busy', 'sending']]);
    await db.items.put(row('busy', 'waiting') as never);
    other.postMessage({ changed: true });
    await new Promise((resolve) => setTimeout(resolve, 20));
    await persistence.idle();
    expect(useQueueStore.getState().items.map((item) => [item.id, item.state])).toEqual([['busy', 'waiting']]);
    persistence.stop();
  });

  it('a refresh that overlaps a change made here does not undo it', async () => {
    const db = open();
    const [here, other] = channelPair();
    const persistence = startQueuePersistence({ db, onUncertain: () => {}, tabLock: null, channel: here });
    await persistence.loaded;
    useQueueStore.getState().setLimit(4); // saved: { limit: 4, paused: false }
    await persistence.idle();
    // Another tab's announcement; its refresh's read is held until Pause is pressed here.
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const read = db.items.toArray.bind(db.items);
    db.items.toArray = (async () => {
      await gate;
      return read();
    }) as typeof db.items.toArray;
    other.postMessage({ changed: true });
    await new Promise((resolve) => setTimeout(resolve, 5));
    useQueueStore.getState().setPaused(true);
    release();
    await new Promise((resolve) => setTimeout(resolve, 20));
    await persistence.idle();
    expect(useQueueStore.getState().paused).toBe(true);
    expect((await db.meta.get('settings'))?.value).toMatchObject({ paused: true });
    persistence.stop();
  });
});
