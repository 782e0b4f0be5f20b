import { beforeEach, describe, expect, it } from 'vitest';
import { defaultGenerationRequest } from '../../api/generation-request.schema.ts';
import { useQueueStore } from './queue-store.ts';

const initial = useQueueStore.getState();
const submission = (prompt: string) => ({ request: { ...defaultGenerationRequest(), prompt }, surface: 'unified' as const });
const refusal = { kind: 'bad_request', status: 400, message: 'no' };

beforeEach(() => useQueueStore.setState(initial, true));

describe('queue store', () => {
  it('retry() clears the item’s outcome, so the composer stops showing “Submit failed”', () => {
    const [id] = useQueueStore.getState().enqueue([submission('a')]);
    useQueueStore.getState().fail(id!, refusal, new Error('no'));
    expect(useQueueStore.getState().outcomes[id!]).toBeDefined();
    useQueueStore.getState().retry(id!);
    expect(useQueueStore.getState().outcomes).toEqual({});
    expect(useQueueStore.getState().items[0]).toMatchObject({ state: 'waiting', error: null });
  });

  it('retryAllFailed() puts every failed item back, in their order, after the waiting ones', () => {
    const [a, b, c] = useQueueStore.getState().enqueue([submission('a'), submission('b'), submission('c')]);
    useQueueStore.getState().fail(a!, refusal, 1);
    useQueueStore.getState().fail(c!, refusal, 2);
    useQueueStore.getState().retryAllFailed();
    const { items, outcomes } = useQueueStore.getState();
    expect(outcomes).toEqual({});
    expect(items.every((item) => item.state === 'waiting')).toBe(true);
    expect([...items].sort((x, y) => x.position - y.position).map((item) => item.id)).toEqual([b, a, c]);
  });

  it('refused() puts the item first in line again and pauses with the reason; resuming clears it', () => {
    const [a, b] = useQueueStore.getState().enqueue([submission('a'), submission('b')]);
    useQueueStore.getState().markSending(b!);
    useQueueStore.getState().refused(b!, { kind: 'auth', status: 401, message: 'key' });
    const state = useQueueStore.getState();
    expect(state).toMatchObject({ paused: true, pauseReason: { kind: 'auth' } });
    expect([...state.items].sort((x, y) => x.position - y.position).map((item) => [item.id, item.state])).toEqual([
      [b, 'waiting'],
      [a, 'waiting'],
    ]);
    useQueueStore.getState().setPaused(false);
    expect(useQueueStore.getState().pauseReason).toBeNull();
  });
});
