import { describe, expect, it } from 'vitest';
import { readMp4Info } from './read-mp4-info.ts';

function box(type: string, ...parts: Uint8Array[]): Uint8Array {
  const size = 8 + parts.reduce((n, p) => n + p.length, 0);
  const out = new Uint8Array(size);
  new DataView(out.buffer).setUint32(0, size);
  out.set(new TextEncoder().encode(type), 4);
  let at = 8;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

function u32s(...values: number[]): Uint8Array {
  const out = new Uint8Array(values.length * 4);
  values.forEach((v, i) => new DataView(out.buffer).setUint32(i * 4, v));
  return out;
}

// Only the fields readMp4Info looks at carry meaning; the rest is zero padding of the right length.
function mvhdV0(timescale: number, duration: number): Uint8Array {
  return box('mvhd', u32s(0, 0, 0, timescale, duration), new Uint8Array(80));
}

function tkhdV0(width: number, height: number): Uint8Array {
  return box('tkhd', u32s(0, 0, 0, 1, 0, 0), new Uint8Array(52), u32s(width * 65536, height * 65536));
}

function trak(handler: string, width: number, height: number): Uint8Array {
  const hdlr = box('hdlr', u32s(0, 0), new TextEncoder().encode(handler), new Uint8Array(13));
  return box('trak', tkhdV0(width, height), box('mdia', hdlr));
}

const ftyp = box('ftyp', new TextEncoder().encode('isom'), u32s(512));

describe('readMp4Info', () => {
  it('reads duration from mvhd and size from the video track tkhd', () => {
    const bytes = new Uint8Array([...ftyp, ...box('moov', mvhdV0(90_000, 450_000), trak('soun', 0, 0), trak('vide', 1280, 720))]);
    expect(readMp4Info(bytes)).toEqual({ width: 1280, height: 720, durationSeconds: 5 });
  });

  it('reads a version 1 mvhd and works on a subarray view', () => {
    const mvhd = box('mvhd', u32s(0x01000000, 0, 0, 0, 0, 1000, 0, 2500), new Uint8Array(80));
    const file = new Uint8Array([0, 0, 0, ...ftyp, ...box('moov', mvhd, trak('vide', 720, 1280))]);
    expect(readMp4Info(file.subarray(3))).toEqual({ width: 720, height: 1280, durationSeconds: 2.5 });
  });

  it('rejects bytes that are not an MP4 with a movie header', () => {
    expect(() => readMp4Info(new TextEncoder().encode('<html>not a video</html>'))).toThrow(/ftyp/);
    expect(() => readMp4Info(ftyp)).toThrow(/moov/);
  });
});
