import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultGenerationRequest } from '../../../api/generation-request.ts';
import { idbStorage } from '../utils/idb-storage.ts';
import { freshDrafts } from './draft-data.ts';

// With the "saved" mark set the composer waits for the draft (use-draft-hydrated.ts):
// a read that fails must still end the wait, with the default draft and a notice.
const local = new Map<string, string>();
beforeEach(() => {
  local.clear();
  vi.resetModules();
  vi.stubGlobal('localStorage', {
    getItem: (key: string) => local.get(key) ?? null,
    setItem: (key: string, value: string) => void local.set(key, value),
    removeItem: (key: string) => void local.delete(key),
  });
  return () => {
    vi.doUnmock('./draft-check.ts');
    vi.unstubAllGlobals();
  };
});

const loadStore = async () => {
  const { useDraftStore: store, draftSavedAtStart } = await import('./draft-store.ts');
  await vi.waitFor(() => expect(store.persist.hasHydrated()).toBe(true));
  return { store, draftSavedAtStart };
};

describe('a saved draft that cannot be read', () => {
  it('IndexedDB refuses to open: the default draft, and the store says it could not read the saved one', async () => {
    local.set('kling-studio.compose.saved', '1');
    vi.stubGlobal('indexedDB', {
      open: () => {
        const request: { error: Error; onerror?: () => void } = { error: new DOMException('The operation failed', 'UnknownError') };
        setTimeout(() => request.onerror?.());
        return request;
      },
    });
    const { store, draftSavedAtStart } = await loadStore();
    expect(draftSavedAtStart).toBe(true);
    expect(store.getState().draftUnreadable).toBe(true);
    expect(store.getState().drafts.text.request).toEqual(defaultGenerationRequest());
    // The composer is usable: typing sticks.
    store.getState().patch({ prompt: 'typed after the failure' });
    expect(store.getState().drafts.text.request.prompt).toBe('typed after the failure');
  });

  it('the check for the saved draft fails to load (a chunk that does not arrive): the same', async () => {
    vi.stubGlobal('indexedDB', new IDBFactory());
    const drafts = freshDrafts();
    drafts.text.request = { ...defaultGenerationRequest(), prompt: 'a saved fox' };
    idbStorage()!.setItem('kling-studio.compose', { state: { tab: 'text', drafts, usedExternalIds: [] }, version: 2 });
    await new Promise((resolve) => setTimeout(resolve, 200));
    vi.doMock('./draft-check.ts', () => {
      throw new TypeError('Failed to fetch dynamically imported module');
    });
    const { store, draftSavedAtStart } = await loadStore();
    expect(draftSavedAtStart).toBe(true);
    expect(store.getState().draftUnreadable).toBe(true);
    expect(store.getState().drafts.text.request.prompt).toBe('');
  });

  it('a draft that reads fine shows no notice', async () => {
    vi.stubGlobal('indexedDB', new IDBFactory());
    const drafts = freshDrafts();
    drafts.text.request = { ...defaultGenerationRequest(), prompt: 'a saved fox' };
    idbStorage()!.setItem('kling-studio.compose', { state: { tab: 'text', drafts, usedExternalIds: [] }, version: 2 });
    await new Promise((resolve) => setTimeout(resolve, 200));
    const { store } = await loadStore();
    expect(store.getState().draftUnreadable).toBe(false);
    expect(store.getState().drafts.text.request.prompt).toBe('a saved fox');
  });
});
