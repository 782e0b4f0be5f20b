import { focusManager, QueryClient, QueryObserver } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';

// React Query sets no interval timers where there is no window (it takes Node for a
// server); this file's tests are about those timers, so it is given one before it loads.
vi.hoisted(() => {
  (globalThis as { window?: unknown }).window ??= globalThis;
});
import { taskQueryOptions } from './task-query-options.ts';

// A hidden tab: React Query's focus manager says unfocused, as it does on visibilitychange.
const pollsWhileHidden = async (inBackground: boolean | undefined) => {
  vi.useFakeTimers();
  focusManager.setFocused(false);
  const client = new QueryClient();
  let calls = 0;
  const options = taskQueryOptions(
    { surface: 'unified', id: 't1' } as never,
    Date.now(),
    inBackground === undefined ? undefined : { inBackground },
  );
  const observer = new QueryObserver(client, {
    ...options,
    queryFn: async () => {
      calls += 1;
      return { id: 't1', status: 'processing' } as never;
    },
  });
  const unsubscribe = observer.subscribe(() => undefined);
  await vi.advanceTimersByTimeAsync(10_000);
  unsubscribe();
  client.clear();
  return calls;
};

afterEach(() => {
  focusManager.setFocused(undefined);
  vi.useRealTimers();
});

describe('taskQueryOptions in a hidden tab', () => {
  it('sends no further polls by default', async () => {
    expect(await pollsWhileHidden(undefined)).toBe(1);
  });
  it('keeps polling when asked to (queued items wait for a slot)', async () => {
    expect(await pollsWhileHidden(true)).toBeGreaterThan(3);
  });
});
