import { describe, expect, it } from 'vitest';
import { defaultGenerationRequest, type GenerationRequest } from '../../../api/generation-request.schema.ts';
import { carryShared, requestForTab } from './compose-tabs.ts';

const request = (changes: Partial<GenerationRequest>): GenerationRequest => ({ ...defaultGenerationRequest(), ...changes });

describe('carryShared', () => {
  it('takes prompt, negative prompt, model, mode, duration and aspect along, and keeps the target tab’s images', () => {
    const from = request({
      prompt: 'p',
      negativePrompt: 'n',
      model: 'kling-v1',
      mode: 'pro',
      duration: 10,
      aspectRatio: '9:16',
      cameraControl: { type: 'down_back' },
    });
    const to = request({ prompt: 'old', image: 'https://x/first.png', imageTail: 'https://x/last.png' });
    expect(carryShared(from, to)).toEqual(
      request({
        prompt: 'p',
        negativePrompt: 'n',
        model: 'kling-v1',
        mode: 'pro',
        duration: 10,
        aspectRatio: '9:16',
        image: 'https://x/first.png',
        imageTail: 'https://x/last.png',
      }),
    );
  });
});

describe('requestForTab', () => {
  const everything = request({
    image: 'https://x/a.png',
    imageTail: 'https://x/b.png',
    cameraControl: { type: 'forward_up' },
    staticMask: 'https://x/m.png',
  });
  it('sends no images from text mode', () => {
    expect(requestForTab('text', everything)).toMatchObject({
      image: null,
      imageTail: null,
      staticMask: null,
      cameraControl: { type: 'forward_up' },
    });
  });
  it('sends no last frame from image mode', () => {
    expect(requestForTab('image', everything)).toMatchObject({
      image: 'https://x/a.png',
      imageTail: null,
      cameraControl: { type: 'forward_up' },
    });
  });
  it('sends no camera move or masks with first and last frames', () => {
    expect(requestForTab('frames', everything)).toMatchObject({
      image: 'https://x/a.png',
      imageTail: 'https://x/b.png',
      cameraControl: null,
      staticMask: null,
    });
  });
});
