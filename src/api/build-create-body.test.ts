import { describe, expect, it } from 'vitest';
import { buildCreateCall } from './build-create-body.ts';
import { generationRequestSchema, type GenerationRequest } from './generation-request.schema.ts';

const request = (fields: Partial<GenerationRequest> & Pick<GenerationRequest, 'prompt'>): GenerationRequest =>
  generationRequestSchema.parse({ model: 'kling-v3', ...fields });

const FIRST = 'https://example.com/first-frame.png';
const LAST = 'https://example.com/last-frame.png';

// One request per mode, written after the gateway document's examples.
const textToVideo = request({
  prompt: 'A cinematic shot of a futuristic cubic city at sunrise, slow camera movement, realistic lighting',
  negativePrompt: 'blur, distortion, low quality',
});
const imageToVideo = request({
  prompt: 'Animate the product from the first frame with a slow clockwise rotation, keep the product shape stable',
  image: FIRST,
  negativePrompt: 'deformation, flicker',
});
const firstAndLastFrame = request({
  prompt: 'Create a smooth transition from the first frame to the last frame',
  image: FIRST,
  imageTail: LAST,
  mode: 'pro',
});
const cameraMove = request({
  prompt: 'A slow push-in shot toward the product on a clean studio table',
  image: 'https://example.com/product.png',
  cameraControl: { type: 'simple', config: { zoom: 1.2, horizontal: 0, vertical: 0 } },
});

describe('buildCreateCall: unified surface', () => {
  it('text→video matches the gateway document’s example exactly', () => {
    expect(buildCreateCall(textToVideo, 'unified')).toEqual({
      surface: 'unified',
      kind: 'text2video',
      path: '/v1/video/generations',
      body: {
        model: 'kling-v3',
        prompt: 'A cinematic shot of a futuristic cubic city at sunrise, slow camera movement, realistic lighting',
        mode: 'std',
        duration: 5,
        size: '1920x1080',
        metadata: { aspect_ratio: '16:9', negative_prompt: 'blur, distortion, low quality' },
      },
    });
  });

  it('image→video sends the first frame as image', () => {
    const call = buildCreateCall(imageToVideo, 'unified');
    expect(call).toMatchObject({ kind: 'image2video', path: '/v1/video/generations' });
    expect(call.body).toEqual({
      model: 'kling-v3',
      prompt: imageToVideo.prompt,
      image: FIRST,
      mode: 'std',
      duration: 5,
      size: '1920x1080',
      metadata: { aspect_ratio: '16:9', negative_prompt: 'deformation, flicker' },
    });
  });

  it('first+last frame puts image_tail in metadata', () => {
    const call = buildCreateCall(firstAndLastFrame, 'unified');
    expect(call).toMatchObject({ kind: 'image2video', path: '/v1/video/generations' });
    expect(call.body).toEqual({
      model: 'kling-v3',
      prompt: firstAndLastFrame.prompt,
      image: FIRST,
      mode: 'pro',
      duration: 5,
      size: '1920x1080',
      metadata: { aspect_ratio: '16:9', image_tail: LAST },
    });
  });

  it('camera move matches the gateway document’s example', () => {
    const call = buildCreateCall(cameraMove, 'unified');
    expect(call.kind).toBe('image2video');
    expect(call.body).toEqual({
      model: 'kling-v3',
      prompt: cameraMove.prompt,
      image: 'https://example.com/product.png',
      mode: 'std',
      duration: 5,
      size: '1920x1080',
      metadata: {
        aspect_ratio: '16:9',
        camera_control: { type: 'simple', config: { zoom: 1.2, horizontal: 0, vertical: 0 } },
      },
    });
  });

  it.each([
    ['16:9', '1920x1080'],
    ['9:16', '1080x1920'],
    ['1:1', '1024x1024'],
  ] as const)('sends aspect %s as size %s and as metadata.aspect_ratio', (aspectRatio, size) => {
    const body = buildCreateCall(request({ prompt: 'p', aspectRatio }), 'unified').body;
    expect(body.size).toBe(size);
    expect(body.metadata).toMatchObject({ aspect_ratio: aspectRatio });
  });

  it('sends duration as a number', () => {
    expect(buildCreateCall(request({ prompt: 'p', duration: 10 }), 'unified').body.duration).toBe(10);
  });

  it('carries every Kling field in metadata', () => {
    const body = buildCreateCall(
      request({
        prompt: 'p',
        image: FIRST,
        negativePrompt: 'n',
        cfgScale: 0.7,
        staticMask: 'https://example.com/static.png',
        dynamicMasks: [
          {
            mask: 'https://example.com/dyn.png',
            trajectories: [
              { x: 1, y: 2 },
              { x: 3, y: 4 },
            ],
          },
        ],
        callbackUrl: 'https://example.com/hook',
        externalTaskId: 'mine-1',
        sound: 'on',
      }),
      'unified',
    ).body;
    expect(body.metadata).toEqual({
      aspect_ratio: '16:9',
      negative_prompt: 'n',
      cfg_scale: 0.7,
      static_mask: 'https://example.com/static.png',
      dynamic_masks: [
        {
          mask: 'https://example.com/dyn.png',
          trajectories: [
            { x: 1, y: 2 },
            { x: 3, y: 4 },
          ],
        },
      ],
      callback_url: 'https://example.com/hook',
      external_task_id: 'mine-1',
      sound: 'on',
    });
    expect(Object.keys(body).sort()).toEqual(['duration', 'image', 'metadata', 'mode', 'model', 'prompt', 'size']);
  });

  it('merges extraMetadata last, so it overrides what the form set', () => {
    const body = buildCreateCall(
      request({
        prompt: 'p',
        negativePrompt: 'from the form',
        cfgScale: 0.5,
        extraMetadata: { cfg_scale: 0.9, aspect_ratio: '1:1', watermark: false },
      }),
      'unified',
    ).body;
    expect(body.metadata).toEqual({ aspect_ratio: '1:1', negative_prompt: 'from the form', cfg_scale: 0.9, watermark: false });
    // the top level is the form's
    expect(body.size).toBe('1920x1080');
  });
});

describe('buildCreateCall: Kling surface', () => {
  it('text→video goes to text2video with model_name, a string duration and top-level fields', () => {
    // The gateway document's own example sends duration 5 (a number), and it is the authority.
    expect(buildCreateCall(textToVideo, 'kling')).toEqual({
      surface: 'kling',
      kind: 'text2video',
      path: '/kling/v1/videos/text2video',
      body: {
        model: 'kling-v3',
        model_name: 'kling-v3',
        prompt: textToVideo.prompt,
        mode: 'std',
        duration: '5',
        aspect_ratio: '16:9',
        negative_prompt: 'blur, distortion, low quality',
      },
    });
  });

  it('image→video goes to image2video with image', () => {
    expect(buildCreateCall(imageToVideo, 'kling')).toEqual({
      surface: 'kling',
      kind: 'image2video',
      path: '/kling/v1/videos/image2video',
      body: {
        model: 'kling-v3',
        model_name: 'kling-v3',
        prompt: imageToVideo.prompt,
        image: FIRST,
        mode: 'std',
        duration: '5',
        aspect_ratio: '16:9',
        negative_prompt: 'deformation, flicker',
      },
    });
  });

  it('first+last frame sends image_tail at the top level', () => {
    expect(buildCreateCall(firstAndLastFrame, 'kling')).toEqual({
      surface: 'kling',
      kind: 'image2video',
      path: '/kling/v1/videos/image2video',
      body: {
        model: 'kling-v3',
        model_name: 'kling-v3',
        prompt: firstAndLastFrame.prompt,
        image: FIRST,
        mode: 'pro',
        duration: '5',
        aspect_ratio: '16:9',
        image_tail: LAST,
      },
    });
  });

  it('camera move sends camera_control at the top level', () => {
    expect(buildCreateCall(cameraMove, 'kling')).toEqual({
      surface: 'kling',
      kind: 'image2video',
      path: '/kling/v1/videos/image2video',
      body: {
        model: 'kling-v3',
        model_name: 'kling-v3',
        prompt: cameraMove.prompt,
        image: 'https://example.com/product.png',
        mode: 'std',
        duration: '5',
        aspect_ratio: '16:9',
        camera_control: { type: 'simple', config: { zoom: 1.2, horizontal: 0, vertical: 0 } },
      },
    });
  });

  it('camera move without a first frame is text2video', () => {
    const call = buildCreateCall(request({ prompt: 'p', cameraControl: { type: 'down_back' } }), 'kling');
    expect(call).toMatchObject({ kind: 'text2video', path: '/kling/v1/videos/text2video' });
    expect(call.body.camera_control).toEqual({ type: 'down_back' });
  });

  it('sends the duration as a string, Kling’s own type, which new-api decodes it into', () => {
    expect(buildCreateCall(request({ prompt: 'p', duration: 10 }), 'kling').body.duration).toBe('10');
  });

  it('writes raw extras whose Kling type is known in that type', () => {
    const body = buildCreateCall(
      request({ prompt: 'p', extraMetadata: { duration: 7, cfg_scale: '0.3', watermark_info: { enabled: false } } }),
      'kling',
    ).body;
    expect(body).toMatchObject({ duration: '7', cfg_scale: 0.3, watermark_info: { enabled: false } });
  });

  it('has no size and no metadata', () => {
    const body = buildCreateCall(request({ prompt: 'p', aspectRatio: '9:16' }), 'kling').body;
    expect(body).not.toHaveProperty('size');
    expect(body).not.toHaveProperty('metadata');
    expect(body.aspect_ratio).toBe('9:16');
  });

  it('merges extraMetadata last at the top level, overriding the form', () => {
    const body = buildCreateCall(
      request({ prompt: 'p', cfgScale: 0.5, extraMetadata: { cfg_scale: 0.2, mode: 'pro', watermark: false } }),
      'kling',
    ).body;
    expect(body).toMatchObject({ cfg_scale: 0.2, mode: 'pro', watermark: false });
  });
});

describe('buildCreateCall: both surfaces', () => {
  it.each(['unified', 'kling'] as const)('%s: a last frame alone makes image2video without an image field', (surface) => {
    const call = buildCreateCall(request({ prompt: 'p', imageTail: LAST }), surface);
    expect(call.kind).toBe('image2video');
    expect(call.body).not.toHaveProperty('image');
  });

  it.each(['unified', 'kling'] as const)('%s: leaves out empty optional fields, but keeps cfg_scale 0', (surface) => {
    const call = buildCreateCall(request({ prompt: 'p', negativePrompt: '', image: '', callbackUrl: '', cfgScale: 0 }), surface);
    const fields = surface === 'unified' ? (call.body.metadata as Record<string, unknown>) : call.body;
    expect(fields).not.toHaveProperty('negative_prompt');
    expect(fields).not.toHaveProperty('callback_url');
    expect(call.body).not.toHaveProperty('image');
    expect(fields.cfg_scale).toBe(0);
    expect(call.kind).toBe('text2video');
  });

  it.each(['unified', 'kling'] as const)(
    '%s: a customized multi-shot sends multi_prompt numbered from 1 with string durations',
    (surface) => {
      const call = buildCreateCall(
        request({
          prompt: 'A day in the city',
          duration: 10,
          multiShot: {
            shotType: 'customize',
            shots: [
              { prompt: 'Sunrise', duration: 4 },
              { prompt: 'Sunset', duration: 6 },
            ],
          },
        }),
        surface,
      );
      const fields = surface === 'unified' ? (call.body.metadata as Record<string, unknown>) : call.body;
      expect(fields).toMatchObject({
        multi_shot: true,
        shot_type: 'customize',
        multi_prompt: [
          { index: 1, prompt: 'Sunrise', duration: '4' },
          { index: 2, prompt: 'Sunset', duration: '6' },
        ],
      });
    },
  );

  it.each(['unified', 'kling'] as const)('%s: an intelligent multi-shot sends no multi_prompt', (surface) => {
    const call = buildCreateCall(
      request({ prompt: 'p', multiShot: { shotType: 'intelligence', shots: [{ prompt: 'ignored', duration: 5 }] } }),
      surface,
    );
    const fields = surface === 'unified' ? (call.body.metadata as Record<string, unknown>) : call.body;
    expect(fields).toMatchObject({ multi_shot: true, shot_type: 'intelligence' });
    expect(fields).not.toHaveProperty('multi_prompt');
  });

  it.each(['unified', 'kling'] as const)('%s: no multi-shot fields without multiShot', (surface) => {
    const call = buildCreateCall(request({ prompt: 'p' }), surface);
    const fields = surface === 'unified' ? (call.body.metadata as Record<string, unknown>) : call.body;
    expect(fields).not.toHaveProperty('multi_shot');
    expect(fields).not.toHaveProperty('shot_type');
  });
});
