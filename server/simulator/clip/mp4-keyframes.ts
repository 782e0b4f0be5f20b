import { mp4Child, mp4VideoTracks, type Mp4Box } from './mp4-boxes.ts';

const NAL_IDR_SLICE = 5;

type Samples = { offsets: number[]; sizes: number[] };

function readTable(view: DataView, box: Mp4Box, fields: number): number[][] {
  const count = view.getUint32(box.body + 4);
  return Array.from({ length: count }, (_, i) =>
    Array.from({ length: fields }, (_, f) => view.getUint32(box.body + 8 + (i * fields + f) * 4)),
  );
}

/** File offset and size of every sample, from the stsz, stsc and stco tables. */
function locateSamples(view: DataView, stbl: Mp4Box): Samples {
  const [stsz, stsc, stco] = ['stsz', 'stsc', 'stco'].map((t) => mp4Child(view, stbl, t));
  if (!stsz || !stsc || !stco) throw new Error('mp4: sample tables (stsz/stsc/stco) missing');
  const fixedSize = view.getUint32(stsz.body + 4);
  const sampleCount = view.getUint32(stsz.body + 8);
  const sizes = Array.from({ length: sampleCount }, (_, i) => fixedSize || view.getUint32(stsz.body + 12 + i * 4));
  const runs = readTable(view, stsc, 3); // [first_chunk (1-based), samples_per_chunk, description]
  const chunkOffsets = readTable(view, stco, 1).map(([offset]) => offset!);
  const offsets: number[] = [];
  chunkOffsets.forEach((chunkOffset, chunkIndex) => {
    const run = runs.findLast(([firstChunk]) => firstChunk! <= chunkIndex + 1);
    let at = chunkOffset;
    for (let i = 0; i < (run?.[1] ?? 0) && offsets.length < sampleCount; i++) {
      offsets.push(at);
      at += sizes[offsets.length - 1]!;
    }
  });
  return { offsets, sizes };
}

/** Bytes per NAL length prefix, from avc1/avcC in stsd. */
function nalLengthSize(view: DataView, stbl: Mp4Box): number {
  const stsd = mp4Child(view, stbl, 'stsd');
  const avc1 = stsd && mp4Child(view, { body: stsd.body + 8, end: stsd.end }, 'avc1');
  // 78 bytes of visual sample entry fields come before avc1's child boxes.
  const avcC = avc1 && mp4Child(view, { body: avc1.body + 78, end: avc1.end }, 'avcC');
  if (!avcC) throw new Error('mp4: no avc1/avcC sample description');
  return (view.getUint8(avcC.body + 4) & 3) + 1;
}

function isIdrSample(view: DataView, offset: number, size: number, lengthSize: number): boolean {
  for (let at = offset; at + lengthSize < offset + size;) {
    let nalSize = 0;
    for (let i = 0; i < lengthSize; i++) nalSize = nalSize * 256 + view.getUint8(at + i);
    if ((view.getUint8(at + lengthSize) & 0x1f) === NAL_IDR_SLICE) return true;
    at += lengthSize + nalSize;
  }
  return false;
}

function growBox(view: DataView, box: Mp4Box, delta: number): void {
  if (box.body - box.start === 16) view.setBigUint64(box.start + 8, view.getBigUint64(box.start + 8) + BigInt(delta));
  else view.setUint32(box.start, view.getUint32(box.start) + delta);
}

/**
 * Adds the sync sample table (stss) that the encoder leaves out. Without it every frame counts as a
 * keyframe, and Chromium, seeking, starts decoding at a P-frame and shows the next keyframe instead.
 * Returns the input unchanged when it already has one.
 */
export function addKeyframeIndex(mp4: Uint8Array): Uint8Array {
  const view = new DataView(mp4.buffer, mp4.byteOffset, mp4.byteLength);
  const root = { body: 0, end: mp4.byteLength };
  const moov = mp4Child(view, root, 'moov');
  const mdat = mp4Child(view, root, 'mdat');
  const trak = moov && mp4VideoTracks(view, moov)[0];
  const mdia = trak && mp4Child(view, trak, 'mdia');
  const minf = mdia && mp4Child(view, mdia, 'minf');
  const stbl = minf && mp4Child(view, minf, 'stbl');
  if (!moov || !mdat || !trak || !mdia || !minf || !stbl) throw new Error('mp4: no video sample table');
  if (mp4Child(view, stbl, 'stss')) return mp4;
  // Growing moov only keeps the chunk offsets valid when the media data comes before it.
  if (moov.start < mdat.start) throw new Error('mp4: moov before mdat is not supported');

  const { offsets, sizes } = locateSamples(view, stbl);
  const lengthSize = nalLengthSize(view, stbl);
  const keyframes = offsets.flatMap((offset, i) => (isIdrSample(view, offset, sizes[i]!, lengthSize) ? [i + 1] : []));

  const stss = new Uint8Array(16 + keyframes.length * 4);
  const stssView = new DataView(stss.buffer);
  stssView.setUint32(0, stss.length);
  stss.set([0x73, 0x74, 0x73, 0x73], 4); // 'stss'
  stssView.setUint32(12, keyframes.length);
  keyframes.forEach((sample, i) => stssView.setUint32(16 + i * 4, sample));

  const out = new Uint8Array(mp4.length + stss.length);
  out.set(mp4.subarray(0, stbl.end));
  out.set(stss, stbl.end);
  out.set(mp4.subarray(stbl.end), stbl.end + stss.length);
  const outView = new DataView(out.buffer);
  for (const box of [moov, trak, mdia, minf, stbl]) growBox(outView, box, stss.length);
  return out;
}
