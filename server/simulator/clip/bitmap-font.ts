import type { Color } from './color.ts';
import type { Raster } from './raster.ts';

export const GLYPH_WIDTH = 5;
export const GLYPH_HEIGHT = 7;
/** Horizontal advance per character in font pixels: glyph plus one column of spacing. */
export const GLYPH_ADVANCE = GLYPH_WIDTH + 1;

// Seven rows per glyph, two hex digits per row; bit 4 is the leftmost column.
const GLYPH_ROWS: Record<string, string> = {
  ' ': '00000000000000',
  '0': '0e11131519110e',
  '1': '040c040404040e',
  '2': '0e11010204081f',
  '3': '1f02040201110e',
  '4': '02060a121f0202',
  '5': '1f101e0101110e',
  '6': '0608101e11110e',
  '7': '1f010204080808',
  '8': '0e11110e11110e',
  '9': '0e11110f01020c',
  A: '0e1111111f1111',
  B: '1e11111e11111e',
  C: '0e11101010110e',
  D: '1c12111111121c',
  E: '1f10101e10101f',
  F: '1f10101e101010',
  G: '0e11101711110f',
  H: '1111111f111111',
  I: '0e04040404040e',
  J: '0702020202120c',
  K: '11121418141211',
  L: '1010101010101f',
  M: '111b1515111111',
  N: '11111915131111',
  O: '0e11111111110e',
  P: '1e11111e101010',
  Q: '0e11111115120d',
  R: '1e11111e141211',
  S: '0f10100e01011e',
  T: '1f040404040404',
  U: '1111111111110e',
  V: '11111111110a04',
  W: '1111111515150a',
  X: '11110a040a1111',
  Y: '1111110a040404',
  Z: '1f01020408101f',
  x: '0000110a040a11',
  ':': '000c0c000c0c00',
  '.': '00000000000c0c',
  ',': '000000000c0408',
  '-': '0000001f000000',
  '+': '0004041f040400',
  '/': '00010204081000',
  '%': '18190204081303',
  '=': '00001f001f0000',
  _: '0000000000001f',
  '(': '02040808080402',
  ')': '08040202020408',
  '?': '0e110102040004',
};

const GLYPHS = new Map<string, Uint8Array>(
  Object.entries(GLYPH_ROWS).map(([ch, hex]) => [ch, Uint8Array.from(hex.match(/../g) ?? [], (b) => parseInt(b, 16))]),
);

function glyphFor(ch: string): Uint8Array {
  // 'x' keeps its own small glyph so "1920x1080" reads as a size, not a word.
  const key = ch === 'x' ? ch : ch.toUpperCase();
  return GLYPHS.get(key) ?? GLYPHS.get('?')!;
}

/** Pixel width of `text` drawn at integer `scale` (no trailing spacing column). */
export function measureText(text: string, scale: number): number {
  return text.length === 0 ? 0 : (text.length * GLYPH_ADVANCE - 1) * scale;
}

export function textHeight(scale: number): number {
  return GLYPH_HEIGHT * scale;
}

/** Draws `text` with its top-left corner at (x, y); each font pixel becomes a scale x scale block. */
export function drawText(r: Raster, text: string, x: number, y: number, scale: number, color: Color): void {
  const s = Math.max(1, Math.floor(scale));
  let penX = Math.round(x);
  const top = Math.round(y);
  for (const ch of text) {
    const rows = glyphFor(ch);
    for (let row = 0; row < GLYPH_HEIGHT; row++) {
      const bits = rows[row] ?? 0;
      if (bits === 0) continue;
      for (let col = 0; col < GLYPH_WIDTH; col++) {
        if (bits & (0x10 >> col)) r.fillRect(penX + col * s, top + row * s, s, s, color);
      }
    }
    penX += GLYPH_ADVANCE * s;
  }
}
