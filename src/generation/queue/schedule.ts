import type { QueueItem } from './queue-item.ts';

// What the queue should do next, as pure functions of its state: the runner
// (queue-runner.ts) only carries them out.

export type Backoff = { until: number; itemId: string };

export type ScheduleInput = {
  items: readonly QueueItem[];
  limit: number;
  paused: boolean;
  backoff: Backoff | null;
  // Tasks the studio created that have not finished, as the history knows them;
  // null while the history is still loading (then nothing is sent: the count is unknown).
  running: number | null;
  now: number;
};

export type Decision =
  | { kind: 'send'; item: QueueItem }
  | { kind: 'wait'; reason: 'empty' | 'paused' | 'loading' | 'limit' }
  | { kind: 'wait'; reason: 'gateway'; until: number };

export const byPosition = (a: QueueItem, b: QueueItem): number => a.position - b.position;

export const waitingItems = (items: readonly QueueItem[]): QueueItem[] => items.filter((item) => item.state === 'waiting').sort(byPosition);

/** Creates in flight count against the limit like running tasks do: the gateway will count them. */
export const occupiedSlots = (items: readonly QueueItem[], running: number): number =>
  running + items.filter((item) => item.state === 'sending').length;

export const nextDecision = ({ items, limit, paused, backoff, running, now }: ScheduleInput): Decision => {
  const waiting = waitingItems(items);
  if (waiting.length === 0) return { kind: 'wait', reason: 'empty' };
  if (paused) return { kind: 'wait', reason: 'paused' };
  if (backoff && backoff.until > now) return { kind: 'wait', reason: 'gateway', until: backoff.until };
  if (running === null) return { kind: 'wait', reason: 'loading' };
  if (occupiedSlots(items, running) >= limit) return { kind: 'wait', reason: 'limit' };
  return { kind: 'send', item: waiting[0]! };
};

const BACKOFF_FIRST_MS = 2_000;
// Retry-After 0 or a date already past: still wait a moment, or a busy gateway is hammered in a loop.
const BACKOFF_MIN_MS = 1_000;
const BACKOFF_MAX_MS = 60_000;

/** The wait after a 429 or 503: what the gateway asked for, else 2 s doubling per refusal of the same item, at most a minute. */
export const busyDelay = (retryAfterMs: number | null, busyCount: number): number => {
  if (retryAfterMs !== null && Number.isFinite(retryAfterMs)) return Math.min(Math.max(retryAfterMs, BACKOFF_MIN_MS), 10 * BACKOFF_MAX_MS);
  return Math.min(BACKOFF_MAX_MS, BACKOFF_FIRST_MS * 2 ** Math.max(0, busyCount - 1));
};

/**
 * After a reload: an item found 'sending' may have reached the gateway, so it is
 * never sent again; the caller turns it into an "uncertain" task record.
 */
export const splitAfterReload = (items: readonly QueueItem[]): { keep: QueueItem[]; uncertain: QueueItem[] } => ({
  keep: items.filter((item) => item.state !== 'sending').sort(byPosition),
  uncertain: items.filter((item) => item.state === 'sending'),
});

/** Moves an item one place among the items that are not being sent, by swapping positions. */
export const moveItem = (items: readonly QueueItem[], id: string, delta: -1 | 1): QueueItem[] => {
  const order = items.filter((item) => item.state !== 'sending').sort(byPosition);
  const from = order.findIndex((item) => item.id === id);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= order.length) return [...items];
  const a = order[from]!;
  const b = order[to]!;
  return items.map((item) => (item === a ? { ...a, position: b.position } : item === b ? { ...b, position: a.position } : item));
};
