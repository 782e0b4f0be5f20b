import { describe, expect, it } from 'vitest';
import { buildCreateCall } from './build-create-body.ts';
import { surfaces } from './gateway-routes.ts';
import { generationRequestSchema, type GenerationRequest } from './generation-request.schema.ts';
import { parseCreateBody } from './parse-create-body.ts';

const request = (fields: Partial<GenerationRequest> & Pick<GenerationRequest, 'prompt'>): GenerationRequest =>
  generationRequestSchema.parse({ model: 'kling-v3', ...fields });

const parsedRequest = (surface: 'unified' | 'kling', body: unknown): GenerationRequest => {
  const result = parseCreateBody(surface, body);
  if (!result.ok) throw new Error(`did not parse: ${JSON.stringify(result.problem)}`);
  return result.request;
};

const FIRST = 'https://example.com/first-frame.png';

describe('parseCreateBody: round trip with buildCreateCall', () => {
  const representative: Record<string, GenerationRequest> = {
    'minimal text→video': request({ prompt: 'A red fox in the snow' }),
    'text→video with every simple field': request({
      prompt: 'A red fox in the snow',
      negativePrompt: 'blur',
      mode: 'pro',
      duration: 10,
      aspectRatio: '9:16',
      cfgScale: 0.7,
      callbackUrl: 'https://example.com/hook',
      externalTaskId: 'mine-1',
      sound: 'on',
    }),
    'cfg_scale 0': request({ prompt: 'p', cfgScale: 0 }),
    'image→video, square': request({ prompt: 'Animate', image: FIRST, aspectRatio: '1:1' }),
    'first+last frame': request({ prompt: 'Transition', image: FIRST, imageTail: 'https://example.com/last.png', mode: 'pro' }),
    'last frame alone': request({ prompt: 'Transition', imageTail: 'https://example.com/last.png' }),
    'camera simple': request({
      prompt: 'Push in',
      image: FIRST,
      cameraControl: { type: 'simple', config: { zoom: 1.2, horizontal: 0, vertical: 0 } },
    }),
    'camera preset': request({ prompt: 'Pull back', cameraControl: { type: 'down_back' } }),
    'static and dynamic masks': request({
      prompt: 'Move the boat',
      image: FIRST,
      staticMask: 'https://example.com/static.png',
      dynamicMasks: [
        {
          mask: 'https://example.com/boat.png',
          trajectories: [
            { x: 10, y: 20 },
            { x: 200, y: 20 },
          ],
        },
        {
          mask: 'https://example.com/bird.png',
          trajectories: [
            { x: 0, y: 0 },
            { x: 5, y: 5 },
            { x: 9, y: 1 },
          ],
        },
      ],
    }),
    'multi-shot, customized': request({
      prompt: 'A day in the city',
      duration: 12,
      multiShot: {
        shotType: 'customize',
        shots: [
          { prompt: 'Sunrise over the towers', duration: 3 },
          { prompt: 'Busy street at noon', duration: 4 },
          { prompt: 'Sunset from a rooftop', duration: 5 },
        ],
      },
    }),
    'multi-shot, intelligent': request({ prompt: 'A day in the city', duration: 15, multiShot: { shotType: 'intelligence', shots: [] } }),
    'unknown metadata': request({ prompt: 'p', extraMetadata: { watermark_info: { enabled: false }, element_list: [{ id: 1 }] } }),
    'base64 image': request({ prompt: 'p', image: 'iVBORw0KGgo=' }),
  };

  for (const surface of surfaces) {
    it.each(Object.entries(representative))(`${surface}: %s`, (_label, original) => {
      const call = buildCreateCall(original, surface);
      // through JSON, as the gateway receives it
      const result = parseCreateBody(surface, JSON.parse(JSON.stringify(call.body)));
      expect(result).toEqual({ ok: true, request: original, rawMode: original.mode, rawAspect: original.aspectRatio });
    });
  }
});

describe('parseCreateBody: the gateway document’s literal bodies', () => {
  it('reads the unified text→video example', () => {
    const body = JSON.parse(`{
      "model": "kling-v3",
      "prompt": "A cinematic shot of a futuristic cubic city at sunrise, slow camera movement, realistic lighting",
      "mode": "std", "duration": 5, "size": "1920x1080",
      "metadata": { "aspect_ratio": "16:9", "negative_prompt": "blur, distortion, low quality" }
    }`);
    expect(parsedRequest('unified', body)).toEqual(
      request({
        prompt: 'A cinematic shot of a futuristic cubic city at sunrise, slow camera movement, realistic lighting',
        negativePrompt: 'blur, distortion, low quality',
      }),
    );
  });

  it('reads the unified first+last frame example (no mode)', () => {
    const body = JSON.parse(`{
      "model": "kling-v3", "prompt": "Create a smooth transition from the first frame to the last frame",
      "image": "https://example.com/first-frame.png", "duration": 5,
      "metadata": { "image_tail": "https://example.com/last-frame.png", "aspect_ratio": "16:9" }
    }`);
    expect(parseCreateBody('unified', body)).toEqual({
      ok: true,
      rawMode: null,
      rawAspect: '16:9',
      request: request({
        prompt: 'Create a smooth transition from the first frame to the last frame',
        image: FIRST,
        imageTail: 'https://example.com/last-frame.png',
      }),
    });
  });

  it('reads the unified camera example', () => {
    const body = JSON.parse(`{
      "model": "kling-v3", "prompt": "A slow push-in shot toward the product on a clean studio table",
      "image": "https://example.com/product.png", "duration": 5,
      "metadata": { "aspect_ratio": "16:9", "camera_control": { "type": "simple", "config": { "zoom": 1.2, "horizontal": 0, "vertical": 0 } } }
    }`);
    expect(parsedRequest('unified', body).cameraControl).toEqual({ type: 'simple', config: { zoom: 1.2, horizontal: 0, vertical: 0 } });
  });

  it('reads the Kling text2video example, whose duration is a number', () => {
    const body = JSON.parse(`{
      "model_name": "kling-v3", "prompt": "A cinematic aerial shot of a futuristic cubic city",
      "mode": "std", "duration": 5, "aspect_ratio": "16:9", "negative_prompt": "blur, distortion"
    }`);
    expect(parsedRequest('kling', body)).toEqual(
      request({ prompt: 'A cinematic aerial shot of a futuristic cubic city', negativePrompt: 'blur, distortion' }),
    );
  });

  it('reads the Kling image2video example', () => {
    const body = JSON.parse(`{
      "model_name": "kling-v3", "prompt": "Animate the subject naturally while preserving the first-frame composition",
      "image": "https://example.com/first-frame.png", "mode": "std", "duration": 5, "aspect_ratio": "16:9"
    }`);
    expect(parsedRequest('kling', body)).toEqual(
      request({ prompt: 'Animate the subject naturally while preserving the first-frame composition', image: FIRST }),
    );
  });
});

describe('parseCreateBody: leniency', () => {
  it('reads a Kling duration given as a string', () => {
    expect(parsedRequest('kling', { model_name: 'kling-v3', prompt: 'p', duration: '10' }).duration).toBe(10);
    expect(parsedRequest('unified', { model: 'kling-v3', prompt: 'p', duration: '5' }).duration).toBe(5);
  });

  it('takes model on the Kling surface when model_name is missing, and prefers model_name', () => {
    expect(parsedRequest('kling', { model: 'kling-v2-6', prompt: 'p' }).model).toBe('kling-v2-6');
    expect(parsedRequest('kling', { model_name: 'kling-v3', model: 'kling-v2-6', prompt: 'p' }).model).toBe('kling-v3');
  });

  it.each([
    ['1920x1080', '16:9'],
    ['1280x720', '16:9'],
    ['1080x1920', '9:16'],
    ['1024x1024', '1:1'],
  ] as const)('turns size %s into aspect %s when metadata has no aspect_ratio', (size, aspect) => {
    const result = parseCreateBody('unified', { model: 'kling-v3', prompt: 'p', size });
    expect(result).toMatchObject({ ok: true, rawAspect: aspect, request: { aspectRatio: aspect } });
  });

  it('prefers metadata.aspect_ratio over size', () => {
    expect(
      parsedRequest('unified', { model: 'kling-v3', prompt: 'p', size: '1920x1080', metadata: { aspect_ratio: '9:16' } }).aspectRatio,
    ).toBe('9:16');
  });

  it('falls back to std and 16:9, keeping the raw words for unknown mode and aspect', () => {
    expect(parseCreateBody('kling', { model_name: 'kling-v3', prompt: 'p', mode: 'turbo', aspect_ratio: '4:3' })).toMatchObject({
      ok: true,
      rawMode: 'turbo',
      rawAspect: '4:3',
      request: { mode: 'std', aspectRatio: '16:9' },
    });
    expect(parseCreateBody('unified', { model: 'kling-v3', prompt: 'p', size: '800x600' })).toMatchObject({
      ok: true,
      rawAspect: null,
      request: { aspectRatio: '16:9' },
    });
  });

  it('fills defaults for an empty body (checkRequest then reports what is missing)', () => {
    expect(parseCreateBody('unified', {})).toEqual({
      ok: true,
      rawMode: null,
      rawAspect: null,
      request: generationRequestSchema.parse({ model: '', prompt: '' }),
    });
  });

  it('reads multi_prompt durations given as strings or numbers, in index order', () => {
    const request = parsedRequest('kling', {
      model_name: 'kling-v3',
      prompt: 'p',
      duration: '5',
      multi_shot: true,
      shot_type: 'customize',
      multi_prompt: [
        { index: 1, prompt: 'a', duration: '2' },
        { prompt: 'b', duration: 3 },
      ],
    });
    expect(request.multiShot).toEqual({
      shotType: 'customize',
      shots: [
        { prompt: 'a', duration: 2 },
        { prompt: 'b', duration: 3 },
      ],
    });
    const reordered = parsedRequest('unified', {
      prompt: 'p',
      metadata: {
        multi_shot: true,
        shot_type: 'customize',
        multi_prompt: [
          { index: 2, prompt: 'b', duration: '3' },
          { index: 1, prompt: 'a', duration: '2' },
        ],
      },
    });
    expect(reordered.multiShot?.shots).toEqual([
      { prompt: 'a', duration: 2 },
      { prompt: 'b', duration: 3 },
    ]);
  });

  it('ignores multi_prompt without multi_shot', () => {
    expect(parsedRequest('kling', { prompt: 'p', multi_prompt: [{ prompt: 'a', duration: 5 }] }).multiShot).toBeNull();
  });

  it('keeps unknown Kling fields as extraMetadata: in metadata on unified, at the top level on Kling', () => {
    expect(
      parsedRequest('unified', { model: 'kling-v3', prompt: 'p', metadata: { watermark: false }, top_level_extra: 1 }).extraMetadata,
    ).toEqual({ watermark: false });
    expect(parsedRequest('kling', { model_name: 'kling-v3', prompt: 'p', watermark: false }).extraMetadata).toEqual({ watermark: false });
  });
});

describe('parseCreateBody: malformed bodies', () => {
  it.each([
    ['null', null],
    ['a string', 'prompt=hi'],
    ['an array', [{ prompt: 'p' }]],
  ])('rejects %s as a whole', (_label, body) => {
    for (const surface of surfaces) expect(parseCreateBody(surface, body)).toMatchObject({ ok: false, problem: { field: 'body' } });
  });

  it.each([
    ['unified', { prompt: 42 }, 'prompt'],
    ['unified', { prompt: 'p', duration: 'five' }, 'duration'],
    ['unified', { prompt: 'p', metadata: null }, 'metadata'],
    ['unified', { prompt: 'p', metadata: { cfg_scale: '0.5' } }, 'metadata.cfg_scale'],
    ['unified', { prompt: 'p', metadata: { dynamic_masks: 'mask.png' } }, 'metadata.dynamic_masks'],
    [
      'unified',
      { prompt: 'p', metadata: { dynamic_masks: [{ mask: 'm', trajectories: [{ x: '1', y: 2 }] }] } },
      'metadata.dynamic_masks.0.trajectories.0.x',
    ],
    ['kling', { prompt: 'p', duration: '-5' }, 'duration'],
    ['kling', { prompt: 'p', sound: 'loud' }, 'sound'],
    ['kling', { prompt: 'p', shot_type: 'random' }, 'shot_type'],
    ['kling', { prompt: 'p', multi_shot: true }, 'shot_type'],
    ['unified', { prompt: 'p', metadata: { multi_shot: true, multi_prompt: [] } }, 'metadata.shot_type'],
    ['kling', { prompt: 'p', multi_prompt: [{ prompt: 'a' }] }, 'multi_prompt.0.duration'],
    ['kling', { prompt: 'p', image: 7 }, 'image'],
  ] as const)('%s: names the bad field %j → %s', (surface, body, field) => {
    const result = parseCreateBody(surface, body);
    expect(result).toMatchObject({ ok: false, problem: { field } });
    if (!result.ok) expect(result.problem.message).not.toBe('');
  });

  it.each([{ type: 'orbit' }, { type: 'simple', config: { zoom: '5' } }, 'simple', null])(
    'rejects a malformed camera_control %j',
    (cameraControl) => {
      expect(parseCreateBody('kling', { prompt: 'p', camera_control: cameraControl })).toEqual({
        ok: false,
        problem: { field: 'camera_control', message: 'camera_control is malformed' },
      });
    },
  );
});
