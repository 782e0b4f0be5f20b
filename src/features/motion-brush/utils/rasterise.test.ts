import { describe, expect, it } from 'vitest';
import type { BrushDoc, Stroke } from './brush-doc.ts';
import { coverageOf, maskOf, rasteriseLabels } from './rasterise.ts';

const regions = [
  { id: 1, kind: 'static' as const, path: [] },
  { id: 2, kind: 'dynamic' as const, path: [] },
];
const doc = (strokes: Stroke[], base: BrushDoc['base'] = null): BrushDoc => ({ regions, strokes, base });
const rows = (labels: Uint8Array, width: number) =>
  Array.from({ length: labels.length / width }, (_, y) => Array.from(labels.subarray(y * width, (y + 1) * width)).join(''));

describe('rasteriseLabels', () => {
  it('stamps a dot as a disc of pixel centres within the radius', () => {
    // 8×8, a dot at the centre with radius 2 px (0.25 of the width): the corner centres are 2.12 px away.
    const labels = rasteriseLabels(doc([{ region: 2, erase: false, radius: 0.25, points: [{ x: 0.5, y: 0.5 }] }]), 8, 8);
    expect(rows(labels, 8)).toEqual(['00000000', '00000000', '00022000', '00222200', '00222200', '00022000', '00000000', '00000000']);
  });

  it('draws a stroke as a capsule along its points', () => {
    // 0.9 px either side of the middle row, with round ends reaching the edge pixels.
    const stroke: Stroke = {
      region: 1,
      erase: false,
      radius: 0.09,
      points: [
        { x: 0.1, y: 0.5 },
        { x: 0.9, y: 0.5 },
      ],
    };
    expect(rows(rasteriseLabels(doc([stroke]), 10, 3), 10)).toEqual(['0000000000', '1111111111', '0000000000']);
  });

  it('paints over another region, and an eraser clears only its own region', () => {
    const labels = rasteriseLabels(
      doc([
        {
          region: 1,
          erase: false,
          radius: 0.1,
          points: [
            { x: 0, y: 0.5 },
            { x: 1, y: 0.5 },
          ],
        },
        {
          region: 2,
          erase: false,
          radius: 0.1,
          points: [
            { x: 0.75, y: 0.5 },
            { x: 1, y: 0.5 },
          ],
        },
        {
          region: 2,
          erase: true,
          radius: 0.05,
          points: [
            { x: 0.1, y: 0.5 },
            { x: 0.8, y: 0.5 },
          ],
        },
      ]),
      10,
      1,
    );
    // Region 2 took pixels 6–9 from region 1; the eraser (centres 0.5–8.5 px) clears 6–8 of them and leaves region 1 alone.
    expect(rows(labels, 10)).toEqual(['1111110002']);
  });

  it('scales imported painting nearest-neighbour and drops ids no region has', () => {
    const base = { width: 2, height: 1, labels: Uint8Array.from([1, 9]) };
    expect(rows(rasteriseLabels(doc([], base), 4, 2), 4)).toEqual(['1100', '1100']);
  });

  it('ignores strokes of a removed region', () => {
    const labels = rasteriseLabels(
      { regions: [], strokes: [{ region: 2, erase: false, radius: 1, points: [{ x: 0, y: 0 }] }], base: null },
      4,
      4,
    );
    expect(labels.every((v) => v === 0)).toBe(true);
  });
});

describe('maskOf and coverageOf', () => {
  it('turns one region into a 0/255 mask and measures each region', () => {
    const labels = Uint8Array.from([0, 1, 2, 2]);
    expect(Array.from(maskOf(labels, 2))).toEqual([0, 0, 255, 255]);
    expect(coverageOf(labels)).toEqual(
      new Map([
        [1, 0.25],
        [2, 0.5],
      ]),
    );
  });
});
