import { describe, expect, it } from 'vitest';
import { generationRequestSchema } from '../../src/api/generation-request.schema.ts';
import { clipSpecFor } from './clip-spec-for-request.ts';

// A PNG header is all the simulator reads of a first frame.
const pngBase64 = (width: number, height: number) => {
  const bytes = new Uint8Array(33);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
  const view = new DataView(bytes.buffer);
  view.setUint32(16, width);
  view.setUint32(20, height);
  return Buffer.from(bytes).toString('base64');
};

const request = (over: Record<string, unknown>) => generationRequestSchema.parse({ model: 'kling-v3', prompt: 'p', ...over });

describe('clipSpecFor', () => {
  it('takes mode, aspect, duration and the model as caption', () => {
    expect(clipSpecFor(request({ mode: 'pro', aspectRatio: '9:16', duration: 10 }))).toEqual({
      mode: 'pro',
      aspectRatio: '9:16',
      durationSeconds: 10,
      caption: 'kling-v3',
    });
  });

  it('follows the shape of a Base64 first frame, not the requested aspect', () => {
    expect(clipSpecFor(request({ image: pngBase64(1200, 800) })).aspectRatio).toBe('16:9');
    expect(clipSpecFor(request({ image: pngBase64(600, 1000), aspectRatio: '16:9' })).aspectRatio).toBe('9:16');
    expect(clipSpecFor(request({ image: pngBase64(1000, 1000), aspectRatio: '9:16' })).aspectRatio).toBe('1:1');
    expect(clipSpecFor(request({ image: 'https://example.com/a.png', aspectRatio: '9:16' })).aspectRatio).toBe('9:16');
  });

  it('marks shot boundaries and the camera type', () => {
    const spec = clipSpecFor(
      request({
        duration: 10,
        multiShot: {
          shotType: 'customize',
          shots: [
            { prompt: 'a', duration: 3 },
            { prompt: 'b', duration: 3 },
            { prompt: 'c', duration: 4 },
          ],
        },
        cameraControl: { type: 'down_back' },
      }),
    );
    expect(spec.shotBoundaries).toEqual([3, 6]);
    expect(spec.cameraType).toBe('down_back');
  });
});
