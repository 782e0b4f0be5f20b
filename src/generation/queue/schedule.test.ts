import { describe, expect, it } from 'vitest';
import { defaultGenerationRequest } from '../../api/generation-request.schema.ts';
import type { QueueItem, QueueItemState } from './queue-item.ts';
import { busyDelay, moveItem, nextDecision, type ScheduleInput, splitAfterReload, waitingItems } from './schedule.ts';

const item = (id: string, position: number, state: QueueItemState = 'waiting'): QueueItem => ({
  id,
  submission: { request: { ...defaultGenerationRequest(), prompt: id }, surface: 'unified' },
  state,
  position,
  addedAt: 0,
  busyCount: 0,
  error: null,
});

const input = (over: Partial<ScheduleInput>): ScheduleInput => ({
  items: [],
  limit: 3,
  paused: false,
  backoff: null,
  running: 0,
  now: 1000,
  ...over,
});

describe('nextDecision', () => {
  it('sends the lowest position first, whatever the array order', () => {
    const decision = nextDecision(input({ items: [item('b', 2), item('a', 1), item('c', 3)] }));
    expect(decision).toMatchObject({ kind: 'send', item: { id: 'a' } });
  });

  it('counts running tasks and creates in flight against the limit', () => {
    expect(nextDecision(input({ items: [item('a', 1)], running: 3 }))).toEqual({ kind: 'wait', reason: 'limit' });
    expect(nextDecision(input({ items: [item('s', 0, 'sending'), item('a', 1)], running: 2 }))).toEqual({ kind: 'wait', reason: 'limit' });
    expect(nextDecision(input({ items: [item('s', 0, 'sending'), item('a', 1)], running: 1 }))).toMatchObject({
      kind: 'send',
      item: { id: 'a' },
    });
    expect(nextDecision(input({ items: [item('a', 1)], running: 1, limit: 1 }))).toEqual({ kind: 'wait', reason: 'limit' });
  });

  it('waits while paused, while the history is loading, and on an empty queue', () => {
    expect(nextDecision(input({ items: [item('a', 1)], paused: true }))).toEqual({ kind: 'wait', reason: 'paused' });
    expect(nextDecision(input({ items: [item('a', 1)], running: null }))).toEqual({ kind: 'wait', reason: 'loading' });
    expect(nextDecision(input({ items: [item('f', 1, 'failed')] }))).toEqual({ kind: 'wait', reason: 'empty' });
  });

  it('waits out the gateway’s backoff, then sends', () => {
    const items = [item('a', 1)];
    expect(nextDecision(input({ items, backoff: { until: 5000, itemId: 'a' }, now: 4000 }))).toEqual({
      kind: 'wait',
      reason: 'gateway',
      until: 5000,
    });
    expect(nextDecision(input({ items, backoff: { until: 5000, itemId: 'a' }, now: 5000 }))).toMatchObject({ kind: 'send' });
  });
});

describe('busyDelay', () => {
  it('uses the Retry-After the gateway asked for', () => {
    expect(busyDelay(12_000, 1)).toBe(12_000);
  });
  it('waits at least 1 s when Retry-After is 0 or a date already past', () => {
    expect(busyDelay(0, 4)).toBe(1_000);
    expect(busyDelay(-5_000, 1)).toBe(1_000);
  });
  it('backs off 2 s, doubling per refusal, up to a minute, when none was given', () => {
    expect([1, 2, 3, 4, 5, 6, 7].map((n) => busyDelay(null, n))).toEqual([2000, 4000, 8000, 16_000, 32_000, 60_000, 60_000]);
  });
});

describe('splitAfterReload', () => {
  it('never keeps an item that was being sent: its create may have reached the gateway', () => {
    const { keep, uncertain } = splitAfterReload([item('b', 2), item('s', 0, 'sending'), item('f', 3, 'failed'), item('a', 1)]);
    expect(keep.map((i) => i.id)).toEqual(['a', 'b', 'f']);
    expect(uncertain.map((i) => i.id)).toEqual(['s']);
  });
});

describe('moveItem', () => {
  const items = [item('s', 0, 'sending'), item('a', 1), item('b', 2), item('c', 3)];
  const order = (list: QueueItem[]) => waitingItems(list).map((i) => i.id);
  it('swaps with the neighbour, and stops at either end', () => {
    expect(order(moveItem(items, 'c', -1))).toEqual(['a', 'c', 'b']);
    expect(order(moveItem(items, 'a', 1))).toEqual(['b', 'a', 'c']);
    expect(order(moveItem(items, 'a', -1))).toEqual(['a', 'b', 'c']);
    expect(order(moveItem(items, 'c', 1))).toEqual(['a', 'b', 'c']);
  });
  it('never moves an item that is being sent', () => {
    expect(moveItem(items, 's', 1).find((i) => i.id === 's')?.position).toBe(0);
  });
});
