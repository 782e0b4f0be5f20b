import { decode, encode } from 'fast-png';

// Masks travel as PNG in Base64 without the `data:` prefix (docs/gateway-contract.md#klings-parameter-limits, images).
// 8-bit greyscale: white is the region, black the rest.

const CHUNK = 0x8000;

export const bytesToBase64 = (bytes: Uint8Array): string => {
  let binary = '';
  for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(binary);
};

export const base64ToBytes = (base64: string): Uint8Array => Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));

export const encodeMaskPng = (mask: Uint8Array, width: number, height: number): string =>
  bytesToBase64(encode({ width, height, data: mask, channels: 1, depth: 8 }));

export type DecodedMask = { width: number; height: number; mask: Uint8Array };

/**
 * A PNG mask back as 0/255 per pixel: bright and opaque is the region. Null for
 * anything that is not a PNG (a JPEG or a link cannot be read here).
 */
export const decodeMaskPng = (base64: string): DecodedMask | null => {
  try {
    const png = decode(base64ToBytes(base64));
    const { width, height, channels, depth } = png;
    const max = depth === 16 ? 65535 : (1 << depth) - 1;
    const hasAlpha = !png.palette && (channels === 2 || channels === 4);
    const mask = new Uint8Array(width * height);
    for (let i = 0; i < mask.length; i += 1) {
      const value = png.palette ? (png.palette[png.data[i] ?? 0]?.[0] ?? 0) / 255 : (png.data[i * channels] ?? 0) / max;
      const alpha = hasAlpha ? (png.data[i * channels + channels - 1] ?? 0) / max : 1;
      mask[i] = value > 0.5 && alpha > 0.5 ? 255 : 0;
    }
    return { width, height, mask };
  } catch {
    return null;
  }
};
