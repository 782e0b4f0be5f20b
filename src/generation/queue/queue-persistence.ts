import type { QueueItem } from './queue-item.ts';
import { queueItemSchema, queueSettingsSchema } from './queue-item.schema.ts';
import { splitAfterReload } from './schedule.ts';
import { openQueueDb, type QueueDb, type QueueRow } from './queue-db.ts';
import { type QueueSettings, useQueueStore } from './queue-store.ts';
import { holdTabLock, liveTabLocks, type TabLock } from './tab-lock.ts';
import { openTabChannel } from '../persistence/tab-channel.ts';
import { createWriteChain } from '../persistence/write-chain.ts';

// Mirrors the queue to IndexedDB: every change to the store is written, one job at a
// time and in order. The 'sending' mark is the one write that is not a mirror: claim()
// checks in one transaction that the row is still 'waiting' and marks it, and the
// runner sends only after that has reached the disk. A row another tab has marked
// 'sending' is never overwritten or deleted from here, nor is a row another tab has
// finished (deleted) written back: that would send it a second time.
// Every write is announced on a BroadcastChannel; the other tabs then read the queue
// again, so an item queued in one tab shows in all of them (one of which sends it:
// queue-leader.ts).

const SETTINGS_KEY = 'settings';
const CHANNEL_NAME = 'kling-studio.queue';

/** The claim could not be written although storage worked at load: the item must not be sent. */
export class QueueStorageError extends Error {
  override readonly name = 'QueueStorageError';
}

type PersistenceOptions = {
  db?: QueueDb;
  /** This tab's lock (navigator.locks), so other tabs can tell its 'sending' rows are still in hand. */
  tabLock?: TabLock | null;
  /** Items found 'sending' on load: their create may have reached the gateway. */
  onUncertain: (items: QueueItem[]) => void;
  /** Where writes are announced to the other tabs, and theirs heard. */
  channel?: BroadcastChannel | null;
  /** Storage failed (at load or on a write): what this tab queued may never reach the sender. */
  onStorageProblem?: () => void;
};

// A saved item names the tab whose claim marked it 'sending'.
type SavedItem = QueueItem & { claimedBy?: string };

const readItems = (rows: unknown[]) => {
  const items: SavedItem[] = [];
  const dropped: string[] = [];
  for (const row of rows) {
    const parsed = queueItemSchema.safeParse(row);
    if (parsed.success) items.push(parsed.data as SavedItem);
    else dropped.push(String((row as { id?: unknown }).id));
  }
  return { items, dropped };
};

export const startQueuePersistence = ({
  db = openQueueDb(),
  onUncertain,
  tabLock = holdTabLock(),
  channel = openTabChannel(CHANNEL_NAME),
  onStorageProblem,
}: PersistenceOptions) => {
  const store = useQueueStore;
  const claimedHere = new Set<string>();
  // Picked by this tab's runner ('sending' in memory) until its claim settles.
  const pickedHere = new Set<string>();
  // Changes made here (not applied from disk): a refresh whose read they overlap is stale.
  let localChanges = 0;
  // Ids this instance has seen on disk (loaded or written). Such a row gone missing was
  // finished by another tab; an id never seen with no row is one whose write failed.
  const seen = new Set<string>();
  // Whether storage worked at load: if not, the queue runs in memory only.
  let loadFailed = false;
  let quiet = false;
  let stopped = false;
  // Storage that failed once will fail again: said once (not after stop(): the app unmounted).
  const chain = createWriteChain({
    onFirstProblem: (error) => {
      if (stopped) return;
      store.getState().reportStorageProblem(String(error));
      onStorageProblem?.();
    },
  });
  // After stop() (the app unmounted, or React's development double mount) the database is closed: nothing more runs.
  const enqueue = <T>(job: () => Promise<T>): Promise<T> =>
    chain.run(() => (stopped ? Promise.reject(new Error('queue storage stopped')) : job()));

  const announce = () => {
    if (!stopped) channel?.postMessage({ changed: true });
  };

  const finishedElsewhere = (current: QueueRow | undefined, id: string) => !current && seen.has(id);
  const mayWrite = (current: QueueRow | undefined, id: string) =>
    !(current?.state === 'sending' && !claimedHere.has(id)) && !finishedElsewhere(current, id);

  /** Takes items another tab finished out of memory, without writing anything back. */
  const forget = (ids: string[]) => {
    if (ids.length === 0 || stopped) return;
    const gone = new Set(ids);
    quiet = true;
    try {
      store.setState((state) => ({ items: state.items.filter((item) => !gone.has(item.id)) }));
    } finally {
      quiet = false;
    }
  };

  const write = (changed: QueueItem[], removed: string[], settings: QueueSettings | null) =>
    enqueue(async () => {
      const gone: string[] = [];
      await db.transaction('rw', db.items, db.meta, async () => {
        for (const item of changed) {
          const current = await db.items.get(item.id);
          if (finishedElsewhere(current, item.id)) gone.push(item.id);
          else if (mayWrite(current, item.id)) {
            await db.items.put(item as unknown as QueueRow);
            seen.add(item.id);
          }
        }
        for (const id of removed)
          if (mayWrite(await db.items.get(id), id)) {
            await db.items.delete(id);
            claimedHere.delete(id);
          }
        if (settings) await db.meta.put({ key: SETTINGS_KEY, value: settings });
      });
      forget(gone);
      announce();
    });

  /**
   * Another tab changed the queue: read it again. What this tab holds in flight (sending,
   * its claim not yet on disk) or has not written yet stays as it is here; a row gone that
   * this tab had seen was finished elsewhere, even one shown here as sending.
   */
  const refresh = (): Promise<void> =>
    enqueue(async () => {
      const changesBefore = localChanges;
      const rows = await db.items.toArray();
      const meta = await db.meta.get(SETTINGS_KEY);
      const parsedSettings = queueSettingsSchema.safeParse(meta?.value);
      const { items: saved } = readItems(rows);
      if (stopped) return;
      // Changed here while reading: those writes are queued behind this job, so read again after them.
      if (localChanges !== changesBefore) {
        void refresh().catch(() => undefined);
        return;
      }
      const byId = new Map(saved.map((item) => [item.id, item]));
      quiet = true;
      try {
        store.setState((state) => {
          const items: QueueItem[] = [];
          for (const item of state.items) {
            const row = byId.get(item.id);
            byId.delete(item.id);
            // Picked by this tab's runner, its claim not on disk yet: the row still says waiting.
            if (pickedHere.has(item.id) && row?.state === 'waiting') items.push(item);
            else if (row) items.push(row);
            else if (!seen.has(item.id)) items.push(item);
          }
          for (const row of byId.values()) items.push(row);
          for (const item of items) seen.add(item.id);
          items.sort((a, b) => a.position - b.position);
          if (!parsedSettings.success) return { items };
          const { limit, paused } = parsedSettings.data;
          // Resumed in another tab: the reason this one paused for goes too (as setPaused does).
          return { items, limit, paused, ...(paused ? {} : { pauseReason: null }) };
        });
      } finally {
        quiet = false;
      }
    });

  if (channel) channel.onmessage = () => void refresh().catch(() => undefined); // reported once by enqueue

  const unsubscribe = store.subscribe((state, prev) => {
    if (quiet || stopped) return;
    localChanges += 1;
    const before = new Map(prev.items.map((item) => [item.id, item]));
    for (const item of state.items) if (item.state === 'sending' && before.get(item.id)?.state !== 'sending') pickedHere.add(item.id);
    // 'sending' reaches the disk only through claim().
    const changed = state.items.filter((item) => before.get(item.id) !== item && item.state !== 'sending');
    const ids = new Set(state.items.map((item) => item.id));
    const removed = prev.items.filter((item) => !ids.has(item.id)).map((item) => item.id);
    const settings = state.limit !== prev.limit || state.paused !== prev.paused ? { limit: state.limit, paused: state.paused } : null;
    if (changed.length > 0 || removed.length > 0 || settings) write(changed, removed, settings).catch(() => undefined); // reported once by enqueue
  });

  /**
   * 'sending' rows whose tab closed leave the queue as "submission uncertain": taken off the
   * disk in one transaction, and reported only if this tab took them, so two tabs that
   * find the same orphan (one reloading, one becoming the sender) record it once.
   */
  const reportOrphans = async (candidates: SavedItem[]) => {
    if (candidates.length === 0) return;
    const taken = await db.transaction('rw', db.items, async () => {
      const mine: SavedItem[] = [];
      for (const item of candidates) {
        const row = (await db.items.get(item.id)) as SavedItem | undefined;
        if (row?.state !== 'sending' || row.claimedBy !== item.claimedBy) continue;
        await db.items.delete(item.id);
        mine.push(item);
      }
      return mine;
    });
    if (taken.length === 0 || stopped) return;
    onUncertain(taken);
    forget(taken.map((item) => item.id));
    announce();
  };

  const load = enqueue(async () => {
    let rows: unknown[] = [];
    let settings: QueueSettings | null = null;
    let dropped: string[];
    let orphans: SavedItem[];
    let live = new Set<string>();
    try {
      await tabLock?.ready;
      rows = await db.items.toArray();
      const meta = await db.meta.get(SETTINGS_KEY);
      const parsed = queueSettingsSchema.safeParse(meta?.value);
      settings = parsed.success ? parsed.data : null;
      if (tabLock) live = await liveTabLocks();
    } catch (error) {
      loadFailed = true;
      throw error;
    } finally {
      const read = readItems(rows);
      dropped = read.dropped;
      // A 'sending' row whose tab is still open is that tab's: shown, never marked or deleted here.
      const inOtherTab = read.items.filter((item) => item.state === 'sending' && item.claimedBy !== undefined && live.has(item.claimedBy));
      const items = read.items.filter((item) => !inOtherTab.includes(item));
      for (const item of read.items) seen.add(item.id);
      const split = splitAfterReload(items);
      const keep = [...split.keep, ...inOtherTab].sort((a, b) => a.position - b.position);
      const { uncertain } = split;
      orphans = uncertain;
      if (!stopped) {
        quiet = true;
        try {
          store.getState().hydrate(keep, settings, rows.length - read.items.length);
        } finally {
          quiet = false;
        }
      }
    }
    if (dropped.length > 0) {
      await db.items.bulkDelete(dropped);
      announce();
    }
    await reportOrphans(orphans);
    // Items queued before this started (Generate pressed while the queue was still
    // loading) were never mirrored. The runner may already have picked one (it is
    // 'sending' in memory) but its claim() runs after this job: write them as
    // 'waiting' now, or claim() would find no row and drop them.
    const saved = new Set(rows.map((row) => String((row as { id?: unknown }).id)));
    const early = store.getState().items.filter((item) => !saved.has(item.id) && !claimedHere.has(item.id));
    if (early.length > 0) {
      await db.items.bulkPut(early.map((item) => ({ ...item, state: 'waiting' })) as unknown as QueueRow[]);
      for (const item of early) seen.add(item.id);
    }
  });

  return {
    loaded: load.then(
      () => undefined,
      () => undefined,
    ),
    /**
     * Marks the item 'sending' on disk if it is still 'waiting' there; resolves once
     * written. False: another tab has it or finished it. Rejects with a
     * QueueStorageError when the mark could not be written (the item must not be sent).
     */
    claim: (item: QueueItem): Promise<boolean> =>
      enqueue(() =>
        db
          .transaction('rw', db.items, async () => {
            const current = await db.items.get(item.id);
            // Never saved here (its write failed, e.g. the disk is full): not another tab's doing.
            if (!current && !seen.has(item.id)) throw new QueueStorageError('the item was never saved');
            if (!current || current.state !== 'waiting') return false;
            await db.items.put({ ...item, state: 'sending', ...(tabLock ? { claimedBy: tabLock.id } : {}) } as unknown as QueueRow);
            claimedHere.add(item.id);
            seen.add(item.id);
            return true;
          })
          .then((claimed) => {
            if (claimed) announce();
            return claimed;
          })
          .finally(() => pickedHere.delete(item.id)),
      ).catch((error: unknown) => {
        // Once stopped, nothing is this instance's to send.
        if (stopped) return false;
        // Storage that did not work at load keeps nothing across a reload anyway: the
        // queue carries on in memory, where markSending already stops a second send.
        if (loadFailed) return true;
        throw error instanceof QueueStorageError ? error : new QueueStorageError(String(error));
      }),
    /**
     * This tab has become the sender (queue-leader.ts): rows another tab marked 'sending'
     * and closed on are of unknown fate, as after a reload; they leave the queue as
     * "submission uncertain". Rows of tabs still open stay theirs.
     */
    adoptOrphans: () =>
      enqueue(async () => {
        const live = tabLock ? await liveTabLocks() : new Set<string>();
        const { items } = readItems(await db.items.toArray());
        await reportOrphans(
          items.filter(
            (item) => item.state === 'sending' && !claimedHere.has(item.id) && !(item.claimedBy !== undefined && live.has(item.claimedBy)),
          ),
        );
      }).catch(() => undefined),
    /** Resolves once everything queued so far has been written. */
    idle: chain.idle,
    stop: () => {
      stopped = true;
      unsubscribe();
      channel?.close();
      db.close();
      tabLock?.release();
    },
  };
};
