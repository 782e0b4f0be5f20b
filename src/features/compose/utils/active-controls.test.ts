import { describe, expect, it } from 'vitest';
import { defaultGenerationRequest, type GenerationRequest } from '../../../api/generation-request.schema.ts';
import { activeControls } from './active-controls.ts';

const request = (changes: Partial<GenerationRequest>): GenerationRequest => ({ ...defaultGenerationRequest(), ...changes });

describe('activeControls', () => {
  it('is empty for a plain request', () => expect(activeControls(request({}))).toEqual([]));
  it('sees each of the three from the form', () => {
    expect(activeControls(request({ imageTail: 'https://x/b.png' }))).toEqual(['imageTail']);
    expect(activeControls(request({ dynamicMasks: [{ mask: 'https://x/m.png', trajectories: [] }] }))).toEqual(['masks']);
    expect(activeControls(request({ cameraControl: { type: 'forward_up' } }))).toEqual(['cameraControl']);
  });
  it('sees them in the raw metadata too', () => {
    expect(activeControls(request({ extraMetadata: { static_mask: 'https://x/m.png', camera_control: { type: 'down_back' } } }))).toEqual([
      'masks',
      'cameraControl',
    ]);
  });
});
