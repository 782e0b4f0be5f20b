import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { hasSavedValue, idbStorage } from './idb-storage.ts';

// Node has IndexedDB here from fake-indexeddb; localStorage is a plain map.
const local = new Map<string, string>();
beforeEach(() => {
  local.clear();
  vi.stubGlobal('localStorage', {
    getItem: (key: string) => local.get(key) ?? null,
    setItem: (key: string, value: string) => void local.set(key, value),
    removeItem: (key: string) => void local.delete(key),
  });
});
afterEach(() => vi.unstubAllGlobals());

const flushed = () => new Promise((resolve) => setTimeout(resolve, 200));

describe('idbStorage', () => {
  it('marks a value as saved the moment it is set, so the next page knows to wait for it', async () => {
    const storage = idbStorage<{ prompt: string }>()!;
    expect(hasSavedValue('test.a')).toBe(false);
    expect(await storage.getItem('test.a')).toBeNull();
    storage.setItem('test.a', { state: { prompt: 'fox' }, version: 1 });
    expect(hasSavedValue('test.a')).toBe(true);
    await flushed();
    expect(await storage.getItem('test.a')).toEqual({ state: { prompt: 'fox' }, version: 1 });
    await storage.removeItem('test.a');
    expect(hasSavedValue('test.a')).toBe(false);
    expect(await storage.getItem('test.a')).toBeNull();
  });

  it('marks a value saved before the mark existed when it finds it', async () => {
    idbStorage<{ n: number }>()!.setItem('test.b', { state: { n: 1 }, version: 1 });
    await flushed();
    local.clear();
    expect(await idbStorage<{ n: number }>()!.getItem('test.b')).toEqual({ state: { n: 1 }, version: 1 });
    expect(hasSavedValue('test.b')).toBe(true);
  });

  it('reads "not saved" when localStorage refuses', () => {
    vi.stubGlobal('localStorage', {
      getItem: () => {
        throw new Error('denied');
      },
    });
    expect(hasSavedValue('test.c')).toBe(false);
  });
});
