import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultGenerationRequest } from '../../../api/generation-request.ts';
import { idbStorage } from '../utils/idb-storage.ts';
import { freshDrafts } from './draft-data.ts';

// The store decides at import whether the page started with a saved draft, so each
// case imports it afresh over its own IndexedDB and localStorage.
const local = new Map<string, string>();
beforeEach(() => {
  local.clear();
  vi.resetModules();
  vi.stubGlobal('indexedDB', new IDBFactory());
  vi.stubGlobal('localStorage', {
    getItem: (key: string) => local.get(key) ?? null,
    setItem: (key: string, value: string) => void local.set(key, value),
    removeItem: (key: string) => void local.delete(key),
  });
  return () => vi.unstubAllGlobals();
});

const saveDraft = async (prompt: string) => {
  const drafts = freshDrafts();
  drafts.text.request = { ...defaultGenerationRequest(), prompt };
  idbStorage()!.setItem('kling-studio.compose', { state: { tab: 'text', drafts, usedExternalIds: ['used-1'] }, version: 2 });
  await new Promise((resolve) => setTimeout(resolve, 200));
};

const loadStore = async () => {
  const { useDraftStore: store, draftSavedAtStart } = await import('./draft-store.ts');
  await vi.waitFor(() => expect(store.persist.hasHydrated()).toBe(true));
  return { store, draftSavedAtStart };
};

describe('draft store hydration', () => {
  it('waits for a saved draft, checks it and shows it', async () => {
    await saveDraft('a saved fox');
    const { store, draftSavedAtStart } = await loadStore();
    expect(draftSavedAtStart).toBe(true);
    expect(store.getState().drafts.text.request.prompt).toBe('a saved fox');
    expect(store.getState().usedExternalIds).toEqual(['used-1']);
  });

  it('starts at once with nothing saved', async () => {
    const { store, draftSavedAtStart } = await loadStore();
    expect(draftSavedAtStart).toBe(false);
    expect(store.getState().drafts.text.request.prompt).toBe('');
  });

  it('fills an untouched composer with a draft saved before the mark existed', async () => {
    await saveDraft('an older fox');
    local.clear();
    const { store } = await loadStore();
    expect(store.getState().drafts.text.request.prompt).toBe('an older fox');
  });

  it('never replaces what was typed before such a draft arrived', async () => {
    await saveDraft('an older fox');
    local.clear();
    const { useDraftStore } = await import('./draft-store.ts');
    useDraftStore.getState().patch({ prompt: 'typed at once' });
    await vi.waitFor(() => expect(useDraftStore.persist.hasHydrated()).toBe(true));
    expect(useDraftStore.getState().drafts.text.request.prompt).toBe('typed at once');
  });
});
