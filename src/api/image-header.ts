// Reads the format and pixel size from the first bytes of a PNG or JPEG, so both
// the browser and the simulator can apply Kling's image rules without decoding.

export type ImageHeader = { format: 'png' | 'jpeg'; width: number; height: number };

export const readImageHeader = (bytes: Uint8Array): ImageHeader | null => {
  if (bytes.length >= 24 && bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47) {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    return { format: 'png', width: view.getUint32(16), height: view.getUint32(20) };
  }
  if (bytes.length >= 4 && bytes[0] === 0xff && bytes[1] === 0xd8) return readJpegSize(bytes);
  return null;
};

const readJpegSize = (bytes: Uint8Array): ImageHeader | null => {
  let offset = 2;
  while (offset + 8 < bytes.length) {
    if (bytes[offset] !== 0xff) return null;
    const marker = bytes[offset + 1] ?? 0;
    const length = ((bytes[offset + 2] ?? 0) << 8) | (bytes[offset + 3] ?? 0);
    // SOF0..SOF15 carry the frame size, except DHT (C4), JPG (C8) and DAC (CC).
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      const height = ((bytes[offset + 5] ?? 0) << 8) | (bytes[offset + 6] ?? 0);
      const width = ((bytes[offset + 7] ?? 0) << 8) | (bytes[offset + 8] ?? 0);
      return { format: 'jpeg', width, height };
    }
    offset += 2 + length;
  }
  return null;
};

const BASE64_PATTERN = /^[A-Za-z0-9+/]+={0,2}$/;

export const isBase64 = (value: string): boolean => value.length % 4 === 0 && BASE64_PATTERN.test(value);

export const base64DecodedLength = (value: string): number =>
  Math.floor((value.length * 3) / 4) - (value.endsWith('==') ? 2 : value.endsWith('=') ? 1 : 0);

export const decodeBase64Prefix = (value: string, bytes = 4096): Uint8Array => {
  const chunk = value.slice(0, Math.ceil(bytes / 3) * 4);
  const binary = atob(chunk);
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
};
