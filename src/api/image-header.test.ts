import { describe, expect, it } from 'vitest';
import { base64DecodedLength, decodeBase64Prefix, isBase64, readImageHeader } from './image-header.ts';

// Just enough of a PNG for the reader: the signature and the IHDR chunk.
const pngBytes = (width: number, height: number): Uint8Array => {
  const bytes = new Uint8Array(33);
  const view = new DataView(bytes.buffer);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 0);
  view.setUint32(8, 13); // IHDR length
  bytes.set([0x49, 0x48, 0x44, 0x52], 12); // "IHDR"
  view.setUint32(16, width);
  view.setUint32(20, height);
  bytes.set([8, 2, 0, 0, 0], 24); // depth, colour type, compression, filter, interlace
  return bytes;
};

const u16 = (n: number) => [(n >> 8) & 0xff, n & 0xff];

// SOI, then the given segments. A SOF segment carries precision, height, width.
const sof = (marker: number, width: number, height: number) => [
  0xff,
  marker,
  ...u16(17),
  8,
  ...u16(height),
  ...u16(width),
  3,
  1,
  0x22,
  0,
  2,
  0x11,
  1,
  3,
  0x11,
  1,
];
const app0 = [0xff, 0xe0, ...u16(16), 0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0];
const dht = [0xff, 0xc4, ...u16(5), 0, 1, 2];
const jpegBytes = (...segments: number[][]): Uint8Array => Uint8Array.from([0xff, 0xd8, ...segments.flat()]);

describe('readImageHeader', () => {
  it('reads a PNG size from its IHDR chunk', () => {
    expect(readImageHeader(pngBytes(1920, 1080))).toEqual({ format: 'png', width: 1920, height: 1080 });
    expect(readImageHeader(pngBytes(300, 750))).toEqual({ format: 'png', width: 300, height: 750 });
  });

  it('needs the whole IHDR width and height of a PNG', () => {
    expect(readImageHeader(pngBytes(640, 480).slice(0, 24))).toEqual({ format: 'png', width: 640, height: 480 });
    expect(readImageHeader(pngBytes(640, 480).slice(0, 23))).toBeNull();
  });

  it('reads a JPEG size from a SOF0 segment right after SOI', () => {
    expect(readImageHeader(jpegBytes(sof(0xc0, 1024, 768)))).toEqual({ format: 'jpeg', width: 1024, height: 768 });
  });

  it('skips the segments before the frame header, including DHT (C4)', () => {
    expect(readImageHeader(jpegBytes(app0, dht, sof(0xc0, 800, 600)))).toEqual({ format: 'jpeg', width: 800, height: 600 });
  });

  it('reads progressive JPEGs (SOF2) too', () => {
    expect(readImageHeader(jpegBytes(app0, sof(0xc2, 300, 300)))).toEqual({ format: 'jpeg', width: 300, height: 300 });
  });

  it('reads a JPEG whose bytes end right after the frame width', () => {
    const bytes = jpegBytes(sof(0xc0, 640, 360)).slice(0, 2 + 9);
    expect(readImageHeader(bytes)).toEqual({ format: 'jpeg', width: 640, height: 360 });
  });

  it('gives null for a JPEG cut before its frame header', () => {
    expect(readImageHeader(jpegBytes(app0))).toBeNull();
    expect(readImageHeader(jpegBytes(app0, sof(0xc0, 640, 360)).slice(0, 2 + app0.length + 8))).toBeNull();
  });

  it('gives null for a JPEG whose segments are not aligned on markers', () => {
    expect(readImageHeader(Uint8Array.from([0xff, 0xd8, 0x00, 0xc0, ...sof(0xc0, 640, 360)]))).toBeNull();
  });

  it('gives null for anything that is neither PNG nor JPEG', () => {
    expect(
      readImageHeader(new TextEncoder().encode('GIF89a\x01\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00')),
    ).toBeNull();
    expect(readImageHeader(new Uint8Array(0))).toBeNull();
    expect(readImageHeader(new Uint8Array(64))).toBeNull();
  });

  it('reads from a view into a larger buffer', () => {
    const buffer = new Uint8Array(100);
    buffer.set(pngBytes(500, 400), 10);
    expect(readImageHeader(buffer.subarray(10, 43))).toEqual({ format: 'png', width: 500, height: 400 });
  });
});

describe('isBase64', () => {
  it('accepts standard Base64 with and without padding', () => {
    expect(isBase64('AAAA')).toBe(true);
    expect(isBase64('QUI=')).toBe(true);
    expect(isBase64('QQ==')).toBe(true);
    expect(isBase64(Buffer.from(pngBytes(300, 300)).toString('base64'))).toBe(true);
  });

  it.each([
    ['an empty string', ''],
    ['a length that is not a multiple of 4', 'QUJD='],
    ['a data: URL', 'data:image/png;base64,AAAA'],
    ['an http URL', 'https://example.com/a.png'],
    ['URL-safe Base64', 'ab-_'],
    ['whitespace', 'AAAA AAAA AA'],
    ['line breaks', 'AAAA\nAAAA'],
    ['padding in the middle', 'QQ==QUJD'],
    ['too much padding', 'Q==='],
  ])('rejects %s', (_label, value) => {
    expect(isBase64(value)).toBe(false);
  });
});

describe('base64DecodedLength', () => {
  it('matches the real decoded length for every padding case', () => {
    for (let n = 1; n <= 12; n++) {
      const encoded = Buffer.alloc(n, 7).toString('base64');
      expect(base64DecodedLength(encoded)).toBe(n);
    }
  });
});

describe('decodeBase64Prefix', () => {
  it('decodes a short string entirely', () => {
    const bytes = pngBytes(300, 300);
    expect(decodeBase64Prefix(Buffer.from(bytes).toString('base64'))).toEqual(bytes);
  });

  it('decodes only about the first 4 KB of a long string', () => {
    const source = Uint8Array.from({ length: 30_000 }, (_, i) => i % 251);
    const prefix = decodeBase64Prefix(Buffer.from(source).toString('base64'));
    expect(prefix.length).toBeGreaterThanOrEqual(4096);
    expect(prefix.length).toBeLessThan(4100);
    expect(prefix).toEqual(source.slice(0, prefix.length));
  });

  it('honours a smaller byte budget', () => {
    const source = Uint8Array.from({ length: 100 }, (_, i) => i);
    expect(decodeBase64Prefix(Buffer.from(source).toString('base64'), 30)).toEqual(source.slice(0, 30));
  });
});
