import { describe, expect, it } from 'vitest';
import { generationRequestSchema } from './generation-request.schema.ts';
import { defaultGenerationRequest, kindOf } from './generation-request.ts';

describe('generation-request (zod-free)', () => {
  it('writes out the same default request the schema fills in', () => {
    expect(defaultGenerationRequest()).toEqual(generationRequestSchema.parse({ model: 'kling-v3', prompt: '' }));
  });

  it('gives a fresh object each time, so drafts never share one', () => {
    const a = defaultGenerationRequest();
    expect(defaultGenerationRequest()).not.toBe(a);
    expect(defaultGenerationRequest().extraMetadata).not.toBe(a.extraMetadata);
  });

  it('picks the endpoint by the frames', () => {
    expect(kindOf({ image: null, imageTail: null })).toBe('text2video');
    expect(kindOf({ image: 'data', imageTail: null })).toBe('image2video');
    expect(kindOf({ image: null, imageTail: 'data' })).toBe('image2video');
  });
});
