import { encode } from 'fast-png';
import { describe, expect, it } from 'vitest';
import { generationRequestSchema } from '../../src/api/generation-request.schema.ts';
import { clipSpecFor } from './clip-spec-for-request.ts';
import { maskGrid, regionsFor } from './mask-grid.ts';

/** A greyscale PNG mask with the given rectangle white, as Base64 without a prefix. */
const maskPng = (width: number, height: number, rect: { x: number; y: number; w: number; h: number }) => {
  const data = new Uint8Array(width * height);
  for (let y = rect.y; y < rect.y + rect.h; y++) data.fill(255, y * width + rect.x, y * width + rect.x + rect.w);
  return Buffer.from(encode({ width, height, data, channels: 1, depth: 8 })).toString('base64');
};

const request = (over: Record<string, unknown>) => generationRequestSchema.parse({ model: 'kling-v3', prompt: 'p', ...over });

describe('maskGrid', () => {
  it('lays a PNG mask on a grid of painted cells', () => {
    // 640×360 with the top-left quarter painted: a 64×36 grid, 32×18 cells on.
    const grid = maskGrid(maskPng(640, 360, { x: 0, y: 0, w: 320, h: 180 }))!;
    expect([grid.cols, grid.rows]).toEqual([64, 36]);
    expect(grid.cells.slice(0, 64)).toBe('1'.repeat(32) + '0'.repeat(32));
    expect(grid.cells.slice(18 * 64, 19 * 64)).toBe('0'.repeat(64));
    expect([...grid.cells].filter((c) => c === '1')).toHaveLength(32 * 18);
  });

  it('reads nothing that is not a PNG', () => {
    expect(maskGrid('https://example.com/mask.png')).toBeNull();
    expect(maskGrid(Buffer.from('not a png at all').toString('base64'))).toBeNull();
  });
});

describe('regionsFor', () => {
  it('turns each trajectory from bottom-left pixels into top-left thousandths of the frame', () => {
    const mask = maskPng(320, 180, { x: 0, y: 0, w: 32, h: 18 });
    const regions = regionsFor(
      request({
        staticMask: mask,
        dynamicMasks: [
          {
            mask,
            trajectories: [
              { x: 0, y: 180 },
              { x: 160, y: 45 },
              { x: 320, y: 0 },
            ],
          },
        ],
      }),
    );
    expect(regions.map((r) => r.kind)).toEqual(['static', 'dynamic']);
    expect(regions[1]!.path).toEqual([
      [0, 0],
      [500, 750],
      [1000, 1000],
    ]);
  });

  it('puts the regions on the clip spec', () => {
    const mask = maskPng(320, 180, { x: 0, y: 0, w: 32, h: 18 });
    const spec = clipSpecFor(
      request({
        image: mask,
        dynamicMasks: [
          {
            mask,
            trajectories: [
              { x: 0, y: 0 },
              { x: 320, y: 180 },
            ],
          },
        ],
      }),
    );
    expect(spec.regions).toEqual([
      expect.objectContaining({
        kind: 'dynamic',
        cols: 64,
        rows: 36,
        path: [
          [0, 1000],
          [1000, 0],
        ],
      }),
    ]);
  });
});
