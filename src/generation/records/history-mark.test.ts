import { afterEach, describe, expect, it } from 'vitest';
import { historyMayHoldTasks, markHistory } from './history-mark.ts';

const store = new Map<string, string>();
globalThis.localStorage ??= {
  getItem: (key: string) => store.get(key) ?? null,
  setItem: (key: string, value: string) => void store.set(key, value),
  removeItem: (key: string) => void store.delete(key),
} as Storage;

describe('the history mark', () => {
  afterEach(() => markHistory(false));

  it('says a first visit has no tasks, and a history with tasks may have some', () => {
    expect(historyMayHoldTasks()).toBe(false);
    markHistory(true);
    expect(historyMayHoldTasks()).toBe(true);
    markHistory(false);
    expect(historyMayHoldTasks()).toBe(false);
  });
});
