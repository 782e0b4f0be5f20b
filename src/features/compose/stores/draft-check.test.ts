import { describe, expect, it } from 'vitest';
import { defaultGenerationRequest } from '../../../api/generation-request.ts';
import { checkSavedDrafts } from './draft-check.ts';
import { freshDraft, freshDrafts } from './draft-data.ts';

const draft = (prompt: string) => ({ request: { ...defaultGenerationRequest(), prompt }, metadataText: '{"a":1}' });

describe('checkSavedDrafts', () => {
  it('keeps a saved draft that checks out', () => {
    const saved = { tab: 'image', drafts: { text: draft('a'), image: draft('b'), frames: draft('c') }, usedExternalIds: ['x'] };
    expect(checkSavedDrafts(saved)).toEqual(saved);
  });

  it('repairs tab by tab: a broken tab starts fresh, the others stay', () => {
    const saved = {
      tab: 'frames',
      drafts: { text: draft('kept'), image: { request: { prompt: 42 } }, frames: 'junk' },
      usedExternalIds: ['x'],
    };
    expect(checkSavedDrafts(saved)).toEqual({
      tab: 'frames',
      drafts: { text: draft('kept'), image: freshDraft(), frames: freshDraft() },
      usedExternalIds: ['x'],
    });
  });

  it('fills fields an older studio did not save with their defaults', () => {
    const { sound: _sound, multiShot: _multiShot, ...older } = defaultGenerationRequest();
    const checked = checkSavedDrafts({ tab: 'text', drafts: { text: { request: { ...older, prompt: 'old' }, metadataText: '' } } });
    expect(checked.drafts.text.request).toEqual({ ...defaultGenerationRequest(), prompt: 'old' });
  });

  it('starts over from anything that is not a saved draft', () => {
    for (const saved of [undefined, null, 'x', 3, { tab: 'video', usedExternalIds: [1, 2] }])
      expect(checkSavedDrafts(saved)).toEqual({ tab: 'text', drafts: freshDrafts(), usedExternalIds: [] });
  });
});
