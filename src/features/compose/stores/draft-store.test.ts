import { beforeEach, describe, expect, it } from 'vitest';
import { useDraftStore } from './draft-store.ts';

// Node has no IndexedDB: the store runs unpersisted here, which is what these tests want.
const initial = useDraftStore.getState();
beforeEach(() => useDraftStore.setState(initial, true));

const { setTab, patch, setMetadataText, reset, markSent } = initial;
const current = () => useDraftStore.getState().drafts[useDraftStore.getState().tab];

describe('draft store', () => {
  it('keeps each mode’s inputs and carries the shared fields across tabs', () => {
    patch({ prompt: 'a fox', duration: 10, cameraControl: { type: 'down_back' } });
    setTab('frames');
    patch({ image: 'https://x/a.png', imageTail: 'https://x/b.png', mode: 'pro' });
    setTab('text');
    expect(current().request).toMatchObject({
      prompt: 'a fox',
      duration: 10,
      mode: 'pro',
      cameraControl: { type: 'down_back' },
      image: null,
    });
    setTab('frames');
    expect(current().request).toMatchObject({ image: 'https://x/a.png', imageTail: 'https://x/b.png', cameraControl: null });
  });

  it('resets only the mode in view, metadata text included', () => {
    patch({ cameraControl: { type: 'forward_up' } });
    setTab('image');
    patch({ prompt: 'x', image: 'https://x/a.png' });
    setMetadataText('{"a": 1}');
    reset();
    expect(current()).toMatchObject({ request: { prompt: '', image: null, model: 'kling-v3' }, metadataText: '' });
    expect(useDraftStore.getState().drafts.text.request.cameraControl).toEqual({ type: 'forward_up' });
  });

  it('remembers sent external ids, skipping runs without one and keeping the newest 200', () => {
    markSent(['a', null, 'b']);
    expect(useDraftStore.getState().usedExternalIds).toEqual(['a', 'b']);
    markSent(Array.from({ length: 250 }, (_, i) => `id-${i}`));
    const ids = useDraftStore.getState().usedExternalIds;
    expect(ids).toHaveLength(200);
    expect(ids.at(-1)).toBe('id-249');
  });
});
