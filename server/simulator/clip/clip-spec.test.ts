import { describe, expect, it } from 'vitest';
import type { ClipRegion } from './clip-regions.ts';
import { clipDimensions, clipKey, normalizeClipSpec } from './clip-spec.ts';

describe('clipDimensions', () => {
  it('uses 720p-class sizes for std and 1080p-class sizes for pro', () => {
    expect(clipDimensions({ mode: 'std', aspectRatio: '16:9' })).toEqual({ width: 1280, height: 720 });
    expect(clipDimensions({ mode: 'std', aspectRatio: '9:16' })).toEqual({ width: 720, height: 1280 });
    expect(clipDimensions({ mode: 'std', aspectRatio: '1:1' })).toEqual({ width: 720, height: 720 });
    expect(clipDimensions({ mode: 'pro', aspectRatio: '16:9' })).toEqual({ width: 1920, height: 1080 });
    expect(clipDimensions({ mode: 'pro', aspectRatio: '9:16' })).toEqual({ width: 1080, height: 1920 });
    expect(clipDimensions({ mode: 'pro', aspectRatio: '1:1' })).toEqual({ width: 1080, height: 1080 });
  });
});

describe('normalizeClipSpec', () => {
  it('rejects durations that are not whole seconds in 1..15', () => {
    for (const durationSeconds of [0, 16, 2.5, Number.NaN]) {
      expect(() => normalizeClipSpec({ mode: 'std', aspectRatio: '1:1', durationSeconds })).toThrow(RangeError);
    }
  });

  it('keeps only in-range shot boundaries, sorted and unique, and printable captions', () => {
    const spec = normalizeClipSpec({
      mode: 'pro',
      aspectRatio: '16:9',
      durationSeconds: 5,
      caption: '  cfg\u00e9 0.5 ',
      shotBoundaries: [3, 0, 1.5, 3, 9],
    });
    expect(spec).toEqual({ mode: 'pro', aspectRatio: '16:9', durationSeconds: 5, caption: 'cfg? 0.5', shotBoundaries: [1.5, 3] });
  });
});

describe('clipKey', () => {
  it('is stable for equivalent specs and differs otherwise', () => {
    const base = { mode: 'std', aspectRatio: '16:9', durationSeconds: 5 } as const;
    expect(clipKey(base)).toMatch(/^[0-9a-f]{16}$/);
    expect(clipKey({ ...base, caption: ' ', shotBoundaries: [] })).toBe(clipKey(base));
    expect(clipKey({ ...base, shotBoundaries: [2, 1] })).toBe(clipKey({ ...base, shotBoundaries: [1, 2] }));
    expect(clipKey({ ...base, mode: 'pro' })).not.toBe(clipKey(base));
    expect(clipKey({ ...base, caption: 'a' })).not.toBe(clipKey(base));
    expect(clipKey({ ...base, cameraType: 'down_back' })).not.toBe(clipKey(base));
  });
});

describe('clipKey: regions', () => {
  const base = { mode: 'std', aspectRatio: '16:9', durationSeconds: 5 } as const;
  const region: ClipRegion = {
    kind: 'dynamic',
    cols: 2,
    rows: 1,
    cells: '10',
    path: [
      [0, 0],
      [1000, 1000],
    ],
  };
  it('tells clips with other regions apart and drops empty ones', () => {
    expect(
      clipKey({
        ...base,
        regions: [
          {
            ...region,
            path: [
              [0, 0],
              [1000, 1000],
            ],
          },
        ],
      }),
    ).not.toBe(clipKey(base));
    expect(
      clipKey({
        ...base,
        regions: [
          {
            ...region,
            path: [
              [0, 0],
              [500, 500],
            ],
          },
        ],
      }),
    ).not.toBe(
      clipKey({
        ...base,
        regions: [
          {
            ...region,
            path: [
              [0, 0],
              [1000, 1000],
            ],
          },
        ],
      }),
    );
    expect(clipKey({ ...base, regions: [{ ...region, cells: '00' }] })).toBe(clipKey(base));
    expect(normalizeClipSpec({ ...base, regions: [{ ...region, path: [[-5, 1200.4]] }] }).regions).toEqual([
      { ...region, path: [[0, 1000]] },
    ]);
  });
});
