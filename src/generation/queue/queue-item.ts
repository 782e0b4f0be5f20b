import type { Submission } from '../submission.ts';

// One create waiting its turn. 'sending' is written to IndexedDB before the POST
// leaves, so a reload that finds it knows the create may have reached the gateway.
export const queueStates = ['waiting', 'sending', 'failed'] as const;
export type QueueItemState = (typeof queueStates)[number];

/** Why the gateway refused an item, kept as data so the panel can say it in either language. */
export type QueueError = { kind: string; status: number | null; message: string; code?: string | null; retryAfterMs?: number | null };

export type QueueItem = {
  id: string;
  submission: Submission;
  state: QueueItemState;
  // Sending order: the lowest goes first. Moving an item swaps two positions.
  position: number;
  addedAt: number;
  // How many times the gateway said "busy" (429) to this item: drives the backoff.
  busyCount: number;
  error: QueueError | null;
};

/** What a queue item is called on screen and in announcements: its set caption, else its prompt; null when it has neither. */
export const itemLabel = (item: QueueItem): string | null => item.submission.set?.caption || item.submission.request.prompt.trim() || null;

export const QUEUE_LIMIT_DEFAULT = 3;
export const QUEUE_LIMIT_MAX = 20;

export const clampLimit = (limit: number): number =>
  Number.isFinite(limit) ? Math.min(QUEUE_LIMIT_MAX, Math.max(1, Math.round(limit))) : QUEUE_LIMIT_DEFAULT;

export const newQueueItemId = (): string => `q-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
