import { describe, expect, it } from 'vitest';
import { drawText, measureText } from './bitmap-font.ts';
import { clipDimensions, type ClipSpec } from './clip-spec.ts';
import { rgbColor } from './color.ts';
import { drawFrame, formatTimecode } from './draw-frame.ts';
import { createRgbaRaster } from './raster.ts';

const FPS = 12;

function render(spec: ClipSpec, index: number): Uint8Array {
  const { width, height } = clipDimensions(spec);
  const rgba = new Uint8Array(width * height * 4);
  drawFrame(createRgbaRaster(rgba, width, height), spec, { index, count: FPS * spec.durationSeconds, fps: FPS });
  return rgba;
}

function pixel(rgba: Uint8Array, width: number, x: number, y: number): [number, number, number] {
  const i = (y * width + x) * 4;
  return [rgba[i]!, rgba[i + 1]!, rgba[i + 2]!];
}

function countDiffering(a: Uint8Array, b: Uint8Array): number {
  let n = 0;
  for (let i = 0; i < a.length; i += 4) if (a[i] !== b[i] || a[i + 1] !== b[i + 1] || a[i + 2] !== b[i + 2]) n++;
  return n;
}

describe('drawFrame', () => {
  const std: ClipSpec = { mode: 'std', aspectRatio: '16:9', durationSeconds: 5 };
  const pro: ClipSpec = { mode: 'pro', aspectRatio: '16:9', durationSeconds: 5 };

  it('paints std cool and pro warm', () => {
    const [sr, , sb] = pixel(render(std, 0), 1280, 1, 1);
    const [pr, , pb] = pixel(render(pro, 0), 1920, 1, 1);
    expect(sb).toBeGreaterThan(sr);
    expect(pr).toBeGreaterThan(pb);
  });

  it('paints the same aspect differently for std and pro even at equal size', () => {
    const a = render({ ...std, aspectRatio: '1:1' }, 0);
    const b = render({ ...pro, aspectRatio: '1:1' }, 0);
    expect(a.length).not.toBe(b.length);
    expect(pixel(a, 720, 1, 1)).not.toEqual(pixel(b, 1080, 1, 1));
  });

  it('moves from one frame to the next', () => {
    const a = render(std, 10);
    const b = render(std, 11);
    // More than the timecode digits change: the box, the sweep bar and the progress bar move.
    expect(countDiffering(a, b)).toBeGreaterThan(5_000);
  });

  it('changes the background at a shot boundary', () => {
    const spec: ClipSpec = { ...std, shotBoundaries: [2] };
    const before = pixel(render(spec, 2 * FPS - 1), 1280, 1, 1);
    const after = pixel(render(spec, 2 * FPS), 1280, 1, 1);
    expect(after).not.toEqual(before);
  });

  it('draws the caption only when given', () => {
    const plain = render(std, 0);
    const captioned = render({ ...std, caption: 'KLING V2.1' }, 0);
    expect(countDiffering(plain, captioned)).toBeGreaterThan(500);
  });

  it('fills every pixel of a 1080p frame quickly', () => {
    const start = performance.now();
    for (let i = 0; i < 10; i++) render(pro, i);
    expect((performance.now() - start) / 10).toBeLessThan(50);
  });
});

describe('formatTimecode', () => {
  it('formats minutes, seconds and tenths', () => {
    expect(formatTimecode(0)).toBe('00:00.0');
    expect(formatTimecode(3.25)).toBe('00:03.2');
    expect(formatTimecode(65.9)).toBe('01:05.9');
  });
});

describe('drawText', () => {
  it('draws glyph pixels at the expected place and nothing outside the text box', () => {
    const width = 40;
    const height = 30;
    const rgba = new Uint8Array(width * height * 4);
    const raster = createRgbaRaster(rgba, width, height);
    raster.fill(rgbColor(0, 0, 0));
    drawText(raster, 'A', 10, 5, 2, rgbColor(255, 255, 255));
    // Row 0 of 'A' is .###. and row 4 is #####: with scale 2 each font pixel is a 2x2 block.
    expect(pixel(rgba, width, 10, 5)).toEqual([0, 0, 0]);
    expect(pixel(rgba, width, 12, 5)).toEqual([255, 255, 255]);
    expect(pixel(rgba, width, 13, 6)).toEqual([255, 255, 255]);
    expect(pixel(rgba, width, 10, 13)).toEqual([255, 255, 255]);
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        const inside = x >= 10 && x < 10 + measureText('A', 2) && y >= 5 && y < 5 + 14;
        if (!inside) expect(pixel(rgba, width, x, y)).toEqual([0, 0, 0]);
      }
    }
  });

  it('maps lowercase to uppercase but keeps a small x', () => {
    const draw = (text: string) => {
      const rgba = new Uint8Array(20 * 10 * 4);
      drawText(createRgbaRaster(rgba, 20, 10), text, 0, 0, 1, rgbColor(255, 255, 255));
      return rgba;
    };
    expect(draw('k')).toEqual(draw('K'));
    expect(draw('x')).not.toEqual(draw('X'));
  });
});

describe('drawFrame: motion-brush regions', () => {
  // A 2×2 grid with its top-left cell painted, moving along a path to the frame's centre.
  const moving: ClipSpec = {
    mode: 'std',
    aspectRatio: '16:9',
    durationSeconds: 5,
    regions: [
      { kind: 'static', cols: 2, rows: 2, cells: '0001' },
      {
        kind: 'dynamic',
        cols: 2,
        rows: 2,
        cells: '1000',
        path: [
          [0, 0],
          [500, 500],
        ],
      },
    ],
  };
  const rose: [number, number, number] = [0xfb, 0x71, 0x85];
  const sky: [number, number, number] = [0x38, 0xbd, 0xf8];

  it('carries a moving region along its path, from its first point to its last by the clip’s end', () => {
    const first = render(moving, 0);
    const last = render(moving, FPS * 5 - 1);
    expect(pixel(first, 1280, 320, 200)).toEqual(rose); // inside the top-left cell at the start
    expect(pixel(last, 1280, 320, 200)).not.toEqual(rose);
    expect(pixel(last, 1280, 320 + 640, 200 + 360)).toEqual(rose); // moved by half the frame
  });

  it('keeps the still area where it was painted', () => {
    expect(pixel(render(moving, 0), 1280, 1000, 500)).toEqual(sky);
    expect(pixel(render(moving, 30), 1280, 1000, 500)).toEqual(sky);
  });
});
