import { describe, expect, it } from 'vitest';
import { defaultGenerationRequest } from '../../api/generation-request.schema.ts';
import { hasOtherModeTwin, otherModeRun } from './other-mode.ts';

const request = { ...defaultGenerationRequest(), prompt: 'a kite over dunes', externalTaskId: 'mine-1' };

describe('otherModeRun', () => {
  it('pairs a task sent on its own with the other mode in a new Std vs Pro set', () => {
    const { draft, assign } = otherModeRun({ request }, [], () => 'set-new');
    expect(assign).toEqual({ id: 'set-new', kind: 'modes', parameter: 'mode', caption: 'std', position: 0 });
    expect(draft.request).toEqual({ ...request, mode: 'pro', externalTaskId: null });
    expect(draft.set).toEqual({ id: 'set-new', kind: 'modes', parameter: 'mode', caption: 'pro', position: 1 });
  });

  it('joins the set the task already belongs to, after its last member', () => {
    const set = { id: 'set-a', kind: 'sweep' as const, parameter: 'cfgScale', caption: 'cfg 0.8', position: 1 };
    const { draft, assign } = otherModeRun({ request: { ...request, mode: 'pro' }, set }, [0, 1, 2]);
    expect(assign).toBeNull();
    expect(draft.request.mode).toBe('std');
    expect(draft.set).toEqual({ id: 'set-a', kind: 'sweep', parameter: 'cfgScale', caption: 'cfg 0.8 · std', position: 3 });
  });
});

describe('hasOtherModeTwin', () => {
  const set = { id: 'set-a', kind: 'modes' as const, parameter: 'mode', caption: 'std', position: 0 };
  const original = { request, set };

  it('finds the same request in the other mode in the same set', () => {
    const twin = { request: { ...request, mode: 'pro' as const, externalTaskId: null }, set: { ...set, caption: 'pro', position: 1 } };
    expect(hasOtherModeTwin(original, [original, twin])).toBe(true);
  });

  it('ignores a member that differs in more than the mode, one in another set, and a task in no set', () => {
    const sweepSibling = { request: { ...request, mode: 'pro' as const, cfgScale: 0.9 }, set: { ...set, position: 1 } };
    const elsewhere = { request: { ...request, mode: 'pro' as const }, set: { ...set, id: 'set-b' } };
    expect(hasOtherModeTwin(original, [original, sweepSibling, elsewhere])).toBe(false);
    expect(hasOtherModeTwin({ request }, [{ request: { ...request, mode: 'pro' as const } }])).toBe(false);
  });
});
