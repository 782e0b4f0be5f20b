import { describe, expect, it } from 'vitest';
import { DEFAULT_ENCODE_SETTINGS, encodeClip } from './encode-clip.ts';
import { mp4Child, mp4Path, mp4VideoTracks } from './mp4-boxes.ts';
import { readMp4Info } from '../../testing/read-mp4-info.ts';
import { addKeyframeIndex } from './mp4-keyframes.ts';

function syncSamples(mp4: Uint8Array): number[] | undefined {
  const view = new DataView(mp4.buffer, mp4.byteOffset, mp4.byteLength);
  const moov = mp4Child(view, { body: 0, end: mp4.byteLength }, 'moov')!;
  const stss = mp4Path(view, mp4VideoTracks(view, moov)[0]!, ['mdia', 'minf', 'stbl', 'stss']);
  if (!stss) return undefined;
  return Array.from({ length: view.getUint32(stss.body + 4) }, (_, i) => view.getUint32(stss.body + 8 + i * 4));
}

describe('addKeyframeIndex', () => {
  it('marks exactly the IDR frames, one per second, in an encoded clip', { timeout: 30_000 }, async () => {
    const mp4 = await encodeClip({ mode: 'std', aspectRatio: '1:1', durationSeconds: 3 });
    const fps = DEFAULT_ENCODE_SETTINGS.fps;
    expect(syncSamples(mp4)).toEqual([1, 1 + fps, 1 + 2 * fps]);
    expect(readMp4Info(mp4)).toEqual({ width: 720, height: 720, durationSeconds: 3 });
    expect(addKeyframeIndex(mp4)).toBe(mp4);
  });
});
