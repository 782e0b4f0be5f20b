import { describe, expect, it } from 'vitest';
import { defaultGenerationRequest, type GenerationRequest } from './generation-request.schema.ts';
import { adviseModel, capabilitiesFor, durationAllowed, knownModels, masksAdviceAhead, supports } from './model-capabilities.ts';

const request = (changes: Partial<GenerationRequest>): GenerationRequest => ({ ...defaultGenerationRequest(), ...changes });

describe('capabilitiesFor', () => {
  it('knows the default model and ignores surrounding spaces', () => {
    expect(knownModels).toContain('kling-v3');
    expect(capabilitiesFor(' kling-v3 ')?.durations).toEqual({ kind: 'range', min: 3, max: 15 });
  });
  it('returns null for a model it does not know', () => expect(capabilitiesFor('kling-v9-preview')).toBeNull());
});

describe('durationAllowed', () => {
  it.each([
    [{ kind: 'range', min: 3, max: 15 } as const, 2, false],
    [{ kind: 'range', min: 3, max: 15 } as const, 3, true],
    [{ kind: 'range', min: 3, max: 15 } as const, 15, true],
    [{ kind: 'range', min: 3, max: 15 } as const, 16, false],
    [{ kind: 'choices', values: [5, 10] } as const, 5, true],
    [{ kind: 'choices', values: [5, 10] } as const, 7, false],
  ])('%j with %i s is %s', (durations, seconds, allowed) => expect(durationAllowed(durations, seconds)).toBe(allowed));
});

describe('supports', () => {
  it('reads booleans and conditions on mode and duration', () => {
    expect(supports(true, 'std', 10)).toBe(true);
    expect(supports(false, 'pro', 5)).toBe(false);
    expect(supports({ modes: ['std'], durations: [5] }, 'std', 5)).toBe(true);
    expect(supports({ modes: ['std'], durations: [5] }, 'pro', 5)).toBe(false);
    expect(supports({ modes: ['std'], durations: [5] }, 'std', 10)).toBe(false);
  });
});

describe('adviseModel', () => {
  it('has nothing to say about the default request', () => expect(adviseModel(request({}))).toEqual([]));

  it('notes an unknown model once and nothing else, since the account decides', () => {
    expect(adviseModel(request({ model: 'my-custom-kling', duration: 7, cfgScale: 0.9 }))).toEqual([
      { field: 'model', rule: 'unknown_model', params: { model: 'my-custom-kling' } },
    ]);
  });

  it('warns about a duration the model does not offer', () => {
    expect(adviseModel(request({ model: 'kling-v2-6', duration: 7 }))).toEqual([
      { field: 'duration', rule: 'model_duration', params: { model: 'kling-v2-6', allowed: '5, 10', actual: 7 } },
    ]);
    expect(adviseModel(request({ model: 'kling-v3', duration: 3 }))).toEqual([]);
  });

  it('warns about cfg_scale on kling-v2.x only when it is set', () => {
    expect(adviseModel(request({ model: 'kling-v2-1' }))).toEqual([]);
    expect(adviseModel(request({ model: 'kling-v2-1', cfgScale: 0.5 }))).toEqual([
      { field: 'cfgScale', rule: 'model_feature', params: { model: 'kling-v2-1', feature: 'cfgScale' } },
    ]);
  });

  it('names the conditions of a conditional feature', () => {
    const camera = { type: 'down_back' } as const;
    expect(adviseModel(request({ model: 'kling-v1', mode: 'pro', cameraControl: camera }))).toEqual([
      {
        field: 'cameraControl',
        rule: 'model_feature_conditions',
        params: { model: 'kling-v1', feature: 'cameraControl', conditions: 'std, 5 s' },
      },
    ]);
    expect(adviseModel(request({ model: 'kling-v1', mode: 'std', cameraControl: camera }))).toEqual([]);
  });

  it('covers last frame, masks and sound', () => {
    const advice = adviseModel(
      request({
        model: 'kling-v2-master',
        image: 'https://x/a.png',
        imageTail: 'https://x/b.png',
        staticMask: 'https://x/m.png',
        sound: 'on',
      }),
    );
    expect(advice.map((a) => a.field)).toEqual(['imageTail', 'staticMask', 'sound']);
    expect(adviseModel(request({ model: 'kling-v3', sound: 'on' }))).toEqual([]);
    expect(adviseModel(request({ model: 'kling-v3', sound: 'off' }))).toEqual([]);
  });
});

describe('adviseModel: multi-shot', () => {
  const multiShot: GenerationRequest['multiShot'] = { shotType: 'intelligence', shots: [] };
  it('is known on kling-v3 only', () => {
    expect(adviseModel(request({ multiShot }))).toEqual([]);
    expect(adviseModel(request({ model: 'kling-v2-6', multiShot }))).toEqual([
      { field: 'multiShot', rule: 'model_feature', params: { model: 'kling-v2-6', feature: 'multiShot' } },
    ]);
  });
});

describe('masksAdviceAhead', () => {
  const withModel = (model: string, mode: 'std' | 'pro' = 'std', duration = 5) => request({ model, mode, duration });

  it('warns before painting when the model is not known to take masks, and names the ones that do', () => {
    const ahead = masksAdviceAhead(withModel('kling-v3'));
    expect(ahead?.advice).toEqual({ field: 'staticMask', rule: 'model_feature', params: { model: 'kling-v3', feature: 'masks' } });
    expect(ahead?.takers).toEqual(['kling-v1-5 (pro, 5 s)', 'kling-v1 (5 s)']);
  });

  it('says which conditions a model needs, and nothing once they are met or for a model it does not know', () => {
    expect(masksAdviceAhead(withModel('kling-v1-5', 'std'))?.advice.rule).toBe('model_feature_conditions');
    expect(masksAdviceAhead(withModel('kling-v1-5', 'pro', 5))).toBeNull();
    expect(masksAdviceAhead(withModel('kling-v1', 'std', 5))).toBeNull();
    expect(masksAdviceAhead(withModel('my-own-model'))).toBeNull();
  });
});
