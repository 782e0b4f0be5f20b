import { describe, expect, it } from 'vitest';
import { pathLength, resamplePath, simplifyPath, trajectoryFor, trajectoryPointCount } from './resample-path.ts';

describe('resamplePath', () => {
  it('spaces points evenly by length along a bent path, keeping both ends', () => {
    // An L of two 10-unit legs, 5 points: every 5 units.
    const l = [
      { x: 0, y: 0 },
      { x: 10, y: 0 },
      { x: 10, y: 10 },
    ];
    expect(resamplePath(l, 5)).toEqual([
      { x: 0, y: 0 },
      { x: 5, y: 0 },
      { x: 10, y: 0 },
      { x: 10, y: 5 },
      { x: 10, y: 10 },
    ]);
  });

  it('ignores how densely the stroke was sampled', () => {
    const sparse = [
      { x: 0, y: 0 },
      { x: 30, y: 0 },
    ];
    const dense = [
      { x: 0, y: 0 },
      { x: 1, y: 0 },
      { x: 2, y: 0 },
      { x: 29, y: 0 },
      { x: 30, y: 0 },
    ];
    expect(resamplePath(dense, 4)).toEqual(resamplePath(sparse, 4));
    expect(resamplePath(sparse, 4).map((p) => p.x)).toEqual([0, 10, 20, 30]);
  });

  it('repeats a point that never moved', () => {
    expect(
      resamplePath(
        [
          { x: 3, y: 4 },
          { x: 3, y: 4 },
        ],
        3,
      ),
    ).toEqual([
      { x: 3, y: 4 },
      { x: 3, y: 4 },
      { x: 3, y: 4 },
    ]);
    expect(resamplePath([], 3)).toEqual([]);
  });
});

describe('trajectoryPointCount', () => {
  it.each([
    [0, 2],
    [2, 2],
    [20, 11],
    [151, 76],
    [152, 77],
    [5000, 77],
  ])('a %f px path gets %i points (2..77, at least 2 px apart)', (length, count) => expect(trajectoryPointCount(length)).toBe(count));
});

describe('trajectoryFor: what Kling receives', () => {
  const frame = { width: 800, height: 450 };

  it('resamples to 77 whole-pixel points with the origin at the bottom-left', () => {
    // Left to right along the top quarter line: canvas y = 0.25 is Kling y = 450 - 112.5.
    const points = trajectoryFor(
      [
        { x: 0.1, y: 0.25 },
        { x: 0.9, y: 0.25 },
      ],
      frame,
    );
    expect(points).toHaveLength(77);
    expect(points[0]).toEqual({ x: 80, y: 338 });
    expect(points[76]).toEqual({ x: 720, y: 338 });
    expect(points.every((p) => Number.isInteger(p.x) && Number.isInteger(p.y))).toBe(true);
    // 640 px in 76 steps: each step is 8.42 px, rounded.
    expect(points[38]).toEqual({ x: 400, y: 338 });
  });

  it('a downward stroke on the canvas goes down in Kling’s y too (decreasing)', () => {
    const points = trajectoryFor(
      [
        { x: 0.5, y: 0.2 },
        { x: 0.5, y: 0.8 },
      ],
      frame,
    );
    expect(points[0]).toEqual({ x: 400, y: 360 });
    expect(points.at(-1)).toEqual({ x: 400, y: 90 });
  });

  it('gives a short path fewer points, and no trajectory for a path of one point', () => {
    expect(
      trajectoryFor(
        [
          { x: 0.5, y: 0.5 },
          { x: 0.51, y: 0.5 },
        ],
        frame,
      ),
    ).toHaveLength(5); // 8 px
    expect(trajectoryFor([{ x: 0.5, y: 0.5 }], frame)).toEqual([]);
  });

  it('spaces points evenly in pixels on a non-square frame', () => {
    // Two legs of 500 px each, 0.5 and 1 of the frame: the corner is halfway in pixels.
    const points = trajectoryFor(
      [
        { x: 0, y: 0 },
        { x: 0.5, y: 0 },
        { x: 0.5, y: 1 },
      ],
      { width: 1000, height: 500 },
    );
    expect(points).toHaveLength(77);
    expect(points[38]).toEqual({ x: 500, y: 500 });
  });
});

describe('simplifyPath', () => {
  it('keeps the corners of a jittery L and drops the rest', () => {
    const jitter = [
      { x: 0, y: 0 },
      { x: 5, y: 0.1 },
      { x: 10, y: 0 },
      { x: 10.1, y: 5 },
      { x: 10, y: 10 },
    ];
    expect(simplifyPath(jitter, 0.5)).toEqual([
      { x: 0, y: 0 },
      { x: 10, y: 0 },
      { x: 10, y: 10 },
    ]);
  });
  it('measures length', () =>
    expect(
      pathLength([
        { x: 0, y: 0 },
        { x: 3, y: 4 },
        { x: 3, y: 10 },
      ]),
    ).toBe(11));
});
