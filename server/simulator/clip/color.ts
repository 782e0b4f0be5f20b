/** A color pre-converted for both raster formats, so drawing never converts per pixel. */
export type Color = {
  /** RGBA packed for a little-endian Uint32Array view (every platform Node ships on): bytes R, G, B, A. */
  rgba: number;
  /** BT.601 limited-range luma and chroma, what H.264 decoders assume when the stream does not say. */
  y: number;
  u: number;
  v: number;
};

function clampByte(n: number): number {
  return Math.max(0, Math.min(255, Math.round(n)));
}

export function rgbColor(r: number, g: number, b: number): Color {
  const [R, G, B] = [clampByte(r), clampByte(g), clampByte(b)];
  return {
    rgba: ((0xff << 24) | (B << 16) | (G << 8) | R) >>> 0,
    y: clampByte(16 + (65.481 * R + 128.553 * G + 24.966 * B) / 255),
    u: clampByte(128 + (-37.797 * R - 74.203 * G + 112 * B) / 255),
    v: clampByte(128 + (112 * R - 93.786 * G - 18.214 * B) / 255),
  };
}

/** Hue in degrees, saturation and lightness in 0..1 (lightness is clamped). */
export function hslColor(hue: number, saturation: number, lightness: number): Color {
  const l = Math.max(0, Math.min(1, lightness));
  const h = (((hue % 360) + 360) % 360) / 60;
  const c = (1 - Math.abs(2 * l - 1)) * saturation;
  const x = c * (1 - Math.abs((h % 2) - 1));
  const m = l - c / 2;
  const [r, g, b] = h < 1 ? [c, x, 0] : h < 2 ? [x, c, 0] : h < 3 ? [0, c, x] : h < 4 ? [0, x, c] : h < 5 ? [x, 0, c] : [c, 0, x];
  return rgbColor((r + m) * 255, (g + m) * 255, (b + m) * 255);
}
