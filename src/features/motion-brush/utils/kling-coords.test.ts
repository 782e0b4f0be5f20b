import { describe, expect, it } from 'vitest';
import { fromKlingPoint, toKlingPoint } from './kling-coords.ts';

const frame = { width: 800, height: 450 };

describe('toKlingPoint: top-left fractions to bottom-left pixels', () => {
  it.each([
    [
      { x: 0, y: 0 },
      { x: 0, y: 450 },
    ], // the canvas's top-left is Kling's top-left: y = height
    [
      { x: 0, y: 1 },
      { x: 0, y: 0 },
    ], // the canvas's bottom-left is Kling's origin
    [
      { x: 1, y: 1 },
      { x: 800, y: 0 },
    ],
    [
      { x: 0.25, y: 0.1 },
      { x: 200, y: 405 },
    ],
    [
      { x: 0.5, y: 0.5 },
      { x: 400, y: 225 },
    ],
    [
      { x: 0.1234, y: 0.3333 },
      { x: 99, y: 300 },
    ], // whole pixels: 98.72 → 99, 300.015 → 300
  ])('%j → %j', (point, expected) => expect(toKlingPoint(point, frame)).toEqual(expected));

  it('keeps a point dragged past the edge on the frame', () => {
    expect(toKlingPoint({ x: -0.2, y: 1.3 }, frame)).toEqual({ x: 0, y: 0 });
    expect(toKlingPoint({ x: 1.5, y: -1 }, frame)).toEqual({ x: 800, y: 450 });
  });
});

describe('fromKlingPoint', () => {
  it('undoes the flip', () => {
    const back = fromKlingPoint({ x: 200, y: 405 }, frame);
    expect(back.x).toBe(0.25);
    expect(back.y).toBeCloseTo(0.1, 12);
    expect(fromKlingPoint({ x: 0, y: 0 }, frame)).toEqual({ x: 0, y: 1 });
  });
});
