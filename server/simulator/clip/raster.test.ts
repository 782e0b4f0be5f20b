import { describe, expect, it } from 'vitest';
import { hslColor, rgbColor } from './color.ts';
import { createI420Raster, createRgbaRaster } from './raster.ts';

describe('rgbColor', () => {
  it('converts to limited-range BT.601', () => {
    expect(rgbColor(0, 0, 0)).toMatchObject({ y: 16, u: 128, v: 128 });
    expect(rgbColor(255, 255, 255)).toMatchObject({ y: 235, u: 128, v: 128 });
    expect(rgbColor(255, 0, 0)).toMatchObject({ y: 81, u: 90, v: 240 });
  });

  it('builds hues from HSL', () => {
    expect(hslColor(0, 1, 0.5).rgba).toBe(rgbColor(255, 0, 0).rgba);
    expect(hslColor(240, 1, 0.5).rgba).toBe(rgbColor(0, 0, 255).rgba);
  });
});

describe('rasters', () => {
  it('clips RGBA rectangles to the frame', () => {
    const rgba = new Uint8Array(4 * 4 * 4);
    createRgbaRaster(rgba, 4, 4).fillRect(-2, 3, 4, 9, rgbColor(1, 2, 3));
    expect([...rgba.subarray(48, 56)]).toEqual([1, 2, 3, 255, 1, 2, 3, 255]);
    expect(rgba.subarray(0, 48).every((b) => b === 0)).toBe(true);
  });

  it('writes luma per pixel and chroma per 2x2 block in I420', () => {
    const [w, h] = [4, 4];
    const yuv = new Uint8Array((w * h * 3) / 2);
    const red = rgbColor(255, 0, 0);
    createI420Raster(yuv, w, h).fillRect(0, 0, 1, 1, red);
    expect(yuv[0]).toBe(red.y);
    expect(yuv[1]).toBe(0);
    expect(yuv[w * h]).toBe(red.u);
    expect(yuv[w * h + 1]).toBe(0);
    expect(yuv[w * h + (w * h) / 4]).toBe(red.v);
  });

  it('rejects buffers of the wrong size', () => {
    expect(() => createRgbaRaster(new Uint8Array(10), 4, 4)).toThrow(RangeError);
    expect(() => createI420Raster(new Uint8Array(23), 4, 4)).toThrow(RangeError);
  });
});
