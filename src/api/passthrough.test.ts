import { describe, expect, it } from 'vitest';
import { buildCreateCall } from './build-create-body.ts';
import { generationRequestSchema } from './generation-request.schema.ts';
import { mayDropFields } from './may-drop-fields.ts';
import { droppableFields, droppedFeatures } from './passthrough.ts';

const request = (over: Record<string, unknown>) => generationRequestSchema.parse({ model: 'kling-v3', prompt: 'a kite', ...over });
const storyboardFields = {
  duration: 10,
  multiShot: {
    shotType: 'customize',
    shots: [
      { prompt: 'a', duration: 4 },
      { prompt: 'b', duration: 6 },
    ],
  },
};
const storyboard = request(storyboardFields);

describe.each(['unified', 'kling'] as const)('droppableFields on the %s surface', (surface) => {
  it('finds nothing in a request of classic fields only', () => {
    const classic = request({
      negativePrompt: 'blur',
      cfgScale: 0.4,
      cameraControl: { type: 'down_back' },
      externalTaskId: 'x',
      callbackUrl: 'https://h.example/k',
    });
    expect(droppableFields(buildCreateCall(classic, surface))).toEqual([]);
  });

  it('names sound, the storyboard fields and raw extras', () => {
    expect(droppableFields(buildCreateCall(request({ sound: 'on' }), surface))).toEqual(['sound']);
    expect(droppableFields(buildCreateCall(storyboard, surface))).toEqual(['multi_shot', 'shot_type', 'multi_prompt']);
    expect(
      droppableFields(
        buildCreateCall(request({ extraMetadata: { voice_list: [], watermark_info: { enabled: false }, seed: 3 } }), surface),
      ),
    ).toEqual(['voice_list', 'seed']);
  });
});

describe('droppedFeatures', () => {
  it('groups the storyboard fields into one feature and keeps extras by name', () => {
    expect(droppedFeatures(['multi_shot', 'shot_type', 'multi_prompt', 'sound', 'element_list', 'seed'])).toEqual({
      features: ['storyboard', 'sound', 'elements'],
      extras: ['seed'],
    });
  });
});

describe('mayDropFields', () => {
  it('says yes exactly when droppableFields could find something', () => {
    const plain = request({ negativePrompt: 'blur', cfgScale: 0.4 });
    expect(mayDropFields(plain)).toBe(false);
    for (const over of [{ sound: 'on' }, storyboardFields, { extraMetadata: { seed: 1 } }]) {
      const asked = request(over);
      expect(mayDropFields(asked)).toBe(true);
      expect(droppableFields(buildCreateCall(asked, 'unified')).length).toBeGreaterThan(0);
    }
  });
});
