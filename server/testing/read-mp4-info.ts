import { mp4Boxes, mp4Child, mp4VideoTracks, type Mp4Box } from '../simulator/clip/mp4-boxes.ts';

export type Mp4Info = {
  /** Presentation size of the first video track (from its tkhd). */
  width: number;
  height: number;
  /** Movie duration from mvhd (duration / timescale). */
  durationSeconds: number;
};

function readMvhdDuration(view: DataView, mvhd: Mp4Box): number {
  const version = view.getUint8(mvhd.body);
  const p = mvhd.body + 4 + (version === 1 ? 16 : 8); // skip version/flags and creation/modification times
  const timescale = view.getUint32(p);
  const duration = version === 1 ? Number(view.getBigUint64(p + 4)) : view.getUint32(p + 4);
  if (timescale === 0) throw new Error('mp4: mvhd timescale is 0');
  return duration / timescale;
}

function readTkhdSize(view: DataView, tkhd: Mp4Box): { width: number; height: number } {
  // Width and height are the last two 16.16 fixed-point fields of tkhd in both versions.
  return { width: view.getUint32(tkhd.end - 8) / 65536, height: view.getUint32(tkhd.end - 4) / 65536 };
}

/** Reads size and duration of an MP4 from its moov box; throws if the bytes are not a usable MP4. */
export function readMp4Info(bytes: Uint8Array): Mp4Info {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const root = { body: 0, end: bytes.byteLength };
  if (!mp4Child(view, root, 'ftyp')) throw new Error('mp4: no ftyp box');
  const moov = mp4Child(view, root, 'moov');
  if (!moov) throw new Error('mp4: no moov box');
  const mvhd = mp4Child(view, moov, 'mvhd');
  if (!mvhd) throw new Error('mp4: no moov/mvhd box');
  const track = mp4VideoTracks(view, moov)[0] ?? [...mp4Boxes(view, moov.body, moov.end)].find((b) => b.type === 'trak');
  const tkhd = track && mp4Child(view, track, 'tkhd');
  if (!tkhd) throw new Error('mp4: no moov/trak/tkhd box');
  return { ...readTkhdSize(view, tkhd), durationSeconds: readMvhdDuration(view, mvhd) };
}
