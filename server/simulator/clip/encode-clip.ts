import HME from 'h264-mp4-encoder';
import { clipDimensions, normalizeClipSpec, type ClipSpec } from './clip-spec.ts';
import { drawFrame } from './draw-frame.ts';
import { addKeyframeIndex } from './mp4-keyframes.ts';
import { createI420Raster } from './raster.ts';

export type EncodeSettings = {
  fps: number;
  /** H.264 QP, 10..51; higher is smaller and blurrier. */
  quantizationParameter: number;
  /** Encoder speed preset, 0 (best) .. 10 (fastest). */
  speed: number;
};

// Measured on a 2-core box: a 10 s 1080p clip takes ~8 s at 12 fps vs ~10 s at 15 fps; QP barely moves
// the time, and 34 keeps the flat synthetic frames and their text crisp at roughly 20-35 KB per second.
export const DEFAULT_ENCODE_SETTINGS: EncodeSettings = { fps: 12, quantizationParameter: 34, speed: 10 };

let outputSerial = 0;

/** Renders and encodes a clip to MP4 bytes. CPU-bound for seconds: call it from a worker thread. */
export async function encodeClip(spec: ClipSpec, overrides: Partial<EncodeSettings> = {}): Promise<Uint8Array> {
  const settings = { ...DEFAULT_ENCODE_SETTINGS, ...overrides };
  const clip = normalizeClipSpec(spec);
  const { width, height } = clipDimensions(clip);
  const frameCount = settings.fps * clip.durationSeconds;

  const encoder = await HME.createH264MP4Encoder();
  // The Emscripten file system is shared by every encoder in this thread, so each clip needs its own name.
  const outputFilename = `clip-${++outputSerial}.mp4`;
  try {
    encoder.outputFilename = outputFilename;
    encoder.width = width;
    encoder.height = height;
    encoder.frameRate = settings.fps;
    encoder.quantizationParameter = settings.quantizationParameter;
    encoder.speed = settings.speed;
    encoder.groupOfPictures = settings.fps; // one keyframe per second keeps seeking cheap
    encoder.initialize();
    const yuv = new Uint8Array((width * height * 3) / 2);
    const raster = createI420Raster(yuv, width, height);
    for (let index = 0; index < frameCount; index++) {
      drawFrame(raster, clip, { index, count: frameCount, fps: settings.fps });
      encoder.addFrameYuv(yuv);
    }
    encoder.finalize();
    return addKeyframeIndex(encoder.FS.readFile(outputFilename));
  } finally {
    try {
      encoder.FS.unlink(outputFilename);
    } catch {
      // Nothing to remove when encoding failed before finalize().
    }
    encoder.delete();
  }
}
