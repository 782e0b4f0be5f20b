import type { Color } from './color.ts';

/** A frame buffer that can be painted with flat rectangles. */
export type Raster = {
  readonly width: number;
  readonly height: number;
  fill(color: Color): void;
  /** Fills a rectangle clipped to the frame; fractional coordinates are rounded. */
  fillRect(x: number, y: number, w: number, h: number, color: Color): void;
};

type Span = { x0: number; y0: number; x1: number; y1: number };

function clip(width: number, height: number, x: number, y: number, w: number, h: number): Span | undefined {
  const x0 = Math.max(0, Math.round(x));
  const y0 = Math.max(0, Math.round(y));
  const x1 = Math.min(width, Math.round(x + w));
  const y1 = Math.min(height, Math.round(y + h));
  return x1 > x0 && y1 > y0 ? { x0, y0, x1, y1 } : undefined;
}

function expectSize(buffer: Uint8Array, bytes: number, what: string): void {
  if (buffer.length !== bytes) throw new RangeError(`${what} buffer is ${buffer.length} bytes, expected ${bytes}`);
}

/** width * height * 4 bytes, R G B A per pixel (canvas ImageData layout). */
export function createRgbaRaster(rgba: Uint8Array, width: number, height: number): Raster {
  expectSize(rgba, width * height * 4, `RGBA ${width}x${height}`);
  // One 32-bit write per pixel instead of four byte writes.
  const pixels = new Uint32Array(rgba.buffer, rgba.byteOffset, width * height);
  return {
    width,
    height,
    fill(color) {
      pixels.fill(color.rgba);
    },
    fillRect(x, y, w, h, color) {
      const s = clip(width, height, x, y, w, h);
      if (!s) return;
      for (let row = s.y0; row < s.y1; row++) pixels.fill(color.rgba, row * width + s.x0, row * width + s.x1);
    },
  };
}

/**
 * width * height * 3 / 2 bytes of planar I420 (Y plane, then quarter-size U and V planes); width and
 * height must be even. Feeding the encoder YUV directly halves its per-frame cost versus RGBA input.
 */
export function createI420Raster(yuv: Uint8Array, width: number, height: number): Raster {
  if (width % 2 !== 0 || height % 2 !== 0) throw new RangeError(`I420 needs even dimensions, got ${width}x${height}`);
  expectSize(yuv, (width * height * 3) / 2, `I420 ${width}x${height}`);
  const cw = width / 2;
  const ySize = width * height;
  const yPlane = yuv.subarray(0, ySize);
  const uPlane = yuv.subarray(ySize, ySize + ySize / 4);
  const vPlane = yuv.subarray(ySize + ySize / 4);
  return {
    width,
    height,
    fill(color) {
      yPlane.fill(color.y);
      uPlane.fill(color.u);
      vPlane.fill(color.v);
    },
    fillRect(x, y, w, h, color) {
      const s = clip(width, height, x, y, w, h);
      if (!s) return;
      for (let row = s.y0; row < s.y1; row++) yPlane.fill(color.y, row * width + s.x0, row * width + s.x1);
      // Chroma is shared by 2x2 luma pixels; odd edges round outward so thin shapes keep their color.
      const cx0 = s.x0 >> 1;
      const cx1 = (s.x1 + 1) >> 1;
      for (let row = s.y0 >> 1; row < (s.y1 + 1) >> 1; row++) {
        uPlane.fill(color.u, row * cw + cx0, row * cw + cx1);
        vPlane.fill(color.v, row * cw + cx0, row * cw + cx1);
      }
    },
  };
}
