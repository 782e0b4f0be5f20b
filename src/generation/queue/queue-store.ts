import { create } from 'zustand';
import type { Submission } from '../submission.ts';
import { clampLimit, newQueueItemId, QUEUE_LIMIT_DEFAULT, type QueueError, type QueueItem } from './queue-item.ts';
import type { Backoff } from './schedule.ts';

// The submission queue in memory. No I/O here: queue-persistence.ts mirrors it to
// IndexedDB and queue-runner.ts sends from it, so this stays a plain, testable store.
// It is on the composer's path (Generate enqueues), so it must stay free of zod.

export type QueueSettings = { limit: number; paused: boolean };

type QueueState = QueueSettings & {
  items: QueueItem[];
  hydrated: boolean;
  backoff: Backoff | null;
  // The error objects of items that failed or whose fate is unknown, this session
  // only: the composer explains them in its own words.
  outcomes: Record<string, unknown>;
  // Saved items that could not be read back (validated on load) and were dropped.
  droppedOnLoad: number;
  storageProblem: string | null;
  // Why the queue paused itself (the key was refused), this session only; cleared on resume.
  pauseReason: QueueError | null;
  enqueue: (submissions: Submission[], now?: number) => string[];
  hydrate: (items: QueueItem[], settings: QueueSettings | null, dropped?: number) => void;
  reportStorageProblem: (problem: string) => void;
  /** Applies a new order (the panel's Up/Down, with schedule.ts's moveItem, kept off the start path). */
  reorder: (change: (items: QueueItem[]) => QueueItem[]) => void;
  remove: (id: string) => void;
  setPaused: (paused: boolean) => void;
  setLimit: (limit: number) => void;
  markSending: (id: string) => void;
  /** The create was answered (made, or of unknown fate): the item leaves the queue. */
  settle: (id: string, error?: unknown) => void;
  /** The gateway is busy: the item goes back to the head of the line until `until`. */
  busy: (id: string, until: number) => void;
  fail: (id: string, error: QueueError, cause: unknown) => void;
  retry: (id: string) => void;
  retryAllFailed: () => void;
  /** The key was refused: the item waits again, first in line, and the queue pauses with the reason. */
  refused: (id: string, reason: QueueError) => void;
};

const nextPosition = (items: QueueItem[]) => items.reduce((max, item) => Math.max(max, item.position), -1) + 1;

const update = (items: QueueItem[], id: string, change: (item: QueueItem) => QueueItem) =>
  items.map((item) => (item.id === id ? change(item) : item));

export const useQueueStore = create<QueueState>()((set, get) => ({
  items: [],
  limit: QUEUE_LIMIT_DEFAULT,
  paused: false,
  hydrated: false,
  backoff: null,
  outcomes: {},
  droppedOnLoad: 0,
  storageProblem: null,
  pauseReason: null,
  enqueue: (submissions, now = Date.now()) => {
    const start = nextPosition(get().items);
    const added = submissions.map((submission, index): QueueItem => ({
      id: newQueueItemId(),
      submission,
      state: 'waiting',
      position: start + index,
      addedAt: now,
      busyCount: 0,
      error: null,
    }));
    set((state) => ({ items: [...state.items, ...added] }));
    return added.map((item) => item.id);
  },
  // Items queued before the saved queue finished loading go after it.
  hydrate: (loaded, settings, dropped = 0) =>
    set((state) => {
      const known = new Set(loaded.map((item) => item.id));
      const base = nextPosition(loaded);
      const early = state.items.filter((item) => !known.has(item.id)).map((item, index) => ({ ...item, position: base + index }));
      return {
        items: [...loaded, ...early],
        hydrated: true,
        droppedOnLoad: dropped,
        ...(settings ? { limit: clampLimit(settings.limit), paused: settings.paused } : {}),
      };
    }),
  reportStorageProblem: (storageProblem) => set({ storageProblem }),
  reorder: (change) => set((state) => ({ items: change(state.items) })),
  remove: (id) => set((state) => ({ items: state.items.filter((item) => item.id !== id || item.state === 'sending') })),
  setPaused: (paused) => set(paused ? { paused } : { paused, pauseReason: null }),
  setLimit: (limit) => set({ limit: clampLimit(limit) }),
  markSending: (id) => set((state) => ({ items: update(state.items, id, (item) => ({ ...item, state: 'sending' })) })),
  settle: (id, error) =>
    set((state) => ({
      items: state.items.filter((item) => item.id !== id),
      outcomes: error === undefined ? state.outcomes : { ...state.outcomes, [id]: error },
      backoff: state.backoff?.itemId === id ? null : state.backoff,
    })),
  busy: (id, until) =>
    set((state) => {
      const first = Math.min(...state.items.filter((item) => item.state !== 'sending').map((item) => item.position), Infinity);
      return {
        items: update(state.items, id, (item) => ({
          ...item,
          state: 'waiting',
          busyCount: item.busyCount + 1,
          position: Number.isFinite(first) ? Math.min(first - 1, item.position) : item.position,
        })),
        backoff: { until, itemId: id },
      };
    }),
  fail: (id, error, cause) =>
    set((state) => ({
      items: update(state.items, id, (item) => ({ ...item, state: 'failed', error })),
      outcomes: { ...state.outcomes, [id]: cause },
      backoff: state.backoff?.itemId === id ? null : state.backoff,
    })),
  // The outcome goes too: the composer would otherwise still show "Submit failed" for an item that is waiting again.
  retry: (id) =>
    set((state) => {
      const { [id]: _dropped, ...outcomes } = state.outcomes;
      return {
        items: update(state.items, id, (item) =>
          item.state === 'failed' ? { ...item, state: 'waiting', error: null, position: nextPosition(state.items) } : item,
        ),
        outcomes,
      };
    }),
  retryAllFailed: () =>
    set((state) => {
      let next = nextPosition(state.items);
      const outcomes = { ...state.outcomes };
      const items = [...state.items]
        .sort((a, b) => a.position - b.position)
        .map((item) => {
          if (item.state !== 'failed') return item;
          delete outcomes[item.id];
          return { ...item, state: 'waiting' as const, error: null, position: next++ };
        });
      return { items, outcomes };
    }),
  refused: (id, reason) =>
    set((state) => {
      const first = Math.min(...state.items.filter((item) => item.state !== 'sending').map((item) => item.position), Infinity);
      return {
        items: update(state.items, id, (item) => ({
          ...item,
          state: 'waiting',
          position: Number.isFinite(first) ? Math.min(first - 1, item.position) : item.position,
        })),
        paused: true,
        pauseReason: reason,
        backoff: state.backoff?.itemId === id ? null : state.backoff,
      };
    }),
}));
