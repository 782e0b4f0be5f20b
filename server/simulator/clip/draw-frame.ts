import { drawText, measureText, textHeight } from './bitmap-font.ts';
import { drawRegions } from './clip-regions.ts';
import { clipDimensions, type ClipMode, type ClipSpec } from './clip-spec.ts';
import { hslColor, rgbColor, type Color } from './color.ts';
import type { Raster } from './raster.ts';

export type FrameInfo = { index: number; count: number; fps: number };

type Palette = { baseHue: number; sat: number; light: number; accent: Color; ink: Color; label: string };

// std and pro must be told apart at a glance: cool blue vs warm amber, plus the big label.
const PALETTES: Record<ClipMode, Palette> = {
  std: { baseHue: 212, sat: 0.55, light: 0.2, accent: hslColor(195, 0.9, 0.6), ink: rgbColor(235, 244, 255), label: 'STD 720P' },
  pro: { baseHue: 32, sat: 0.65, light: 0.19, accent: hslColor(40, 1, 0.55), ink: rgbColor(255, 240, 210), label: 'PRO 1080P' },
};

const SHOT_HUE_STEP = 67;
const BOX_PERIOD_SECONDS = 3;
const SWEEP_PERIOD_SECONDS = 2;

/** Direction of the moving box per Kling camera preset; anything else moves left to right. */
const CAMERA_DIRECTIONS: Record<string, [number, number]> = {
  simple: [1, 0],
  down_back: [0, 1],
  forward_up: [0, -1],
  right_turn_forward: [1, -1],
  left_turn_forward: [-1, -1],
};

/** 0 -> 1 -> 0 over a period of 2, so motion bounces instead of jumping back. */
function triangle(v: number): number {
  return 1 - Math.abs((v % 2) - 1);
}

export function formatTimecode(seconds: number): string {
  const tenths = Math.floor(seconds * 10 + 1e-6);
  const mm = String(Math.floor(tenths / 600)).padStart(2, '0');
  const ss = String(Math.floor(tenths / 10) % 60).padStart(2, '0');
  return `${mm}:${ss}.${tenths % 10}`;
}

/** Zero-based index of the shot playing at `seconds`. */
export function shotIndexAt(boundaries: readonly number[] | undefined, seconds: number): number {
  return (boundaries ?? []).filter((b) => b <= seconds).length;
}

function drawMovingBox(r: Raster, spec: ClipSpec, t: number, u: number, outer: Color, inner: Color): void {
  const [dx, dy] = CAMERA_DIRECTIONS[spec.cameraType ?? 'simple'] ?? [1, 0];
  const size = 14 * u;
  const p = triangle((2 * t) / BOX_PERIOD_SECONDS);
  const spanX = r.width - size - 8 * u;
  const spanY = r.height - size - 40 * u;
  const x = 4 * u + (dx === 0 ? spanX / 2 : (dx > 0 ? p : 1 - p) * spanX);
  const y = 26 * u + (dy === 0 ? spanY / 2 : (dy > 0 ? p : 1 - p) * spanY);
  r.fillRect(x, y, size, size, outer);
  r.fillRect(x + 4 * u, y + 4 * u, size - 8 * u, size - 8 * u, inner);
}

/**
 * Paints frame `frame.index` of `frame.count` of the clip onto a raster sized by clipDimensions(spec).
 * Only flat rectangles, so a 1080p frame costs about a millisecond.
 */
export function drawFrame(r: Raster, spec: ClipSpec, frame: FrameInfo): void {
  const { width, height } = clipDimensions(spec);
  if (r.width !== width || r.height !== height) {
    throw new RangeError(`raster is ${r.width}x${r.height}, clip needs ${width}x${height}`);
  }
  const pal = PALETTES[spec.mode];
  const u = Math.min(width, height) / 90; // 8 px for std, 12 px for pro
  const t = frame.index / frame.fps;
  const shot = shotIndexAt(spec.shotBoundaries, t);
  const hue = pal.baseHue + shot * SHOT_HUE_STEP;

  r.fill(hslColor(hue, pal.sat, pal.light));
  const sweepX = ((t / SWEEP_PERIOD_SECONDS) % 1) * (width + 3 * u) - 3 * u;
  r.fillRect(sweepX, 0, 3 * u, height, hslColor(hue, pal.sat, pal.light + 0.12));
  // Painted regions say what moves; the generic box would only muddle them.
  if (spec.regions && spec.regions.length > 0) drawRegions(r, spec.regions, frame.count > 1 ? frame.index / (frame.count - 1) : 1, u);
  else drawMovingBox(r, spec, t, u, pal.accent, hslColor(hue, pal.sat, pal.light - 0.08));

  const big = Math.round(u);
  drawText(r, pal.label, 4 * u, 4 * u, big, pal.ink);
  const small = Math.max(2, Math.round(u * 0.5));
  const infoY = 4 * u + textHeight(big) + 2 * u;
  drawText(r, `${formatTimecode(t)} / ${formatTimecode(spec.durationSeconds)}`, 4 * u, infoY, small, pal.ink);
  drawText(r, `${width}x${height} ${frame.fps}FPS`, 4 * u, infoY + textHeight(small) + u, small, pal.accent);

  if (spec.shotBoundaries && spec.shotBoundaries.length > 0) {
    const label = `SHOT ${shot + 1}`;
    const besideTitle = measureText(pal.label, big) + measureText(label, big) + 12 * u <= width;
    // Portrait frames are too narrow for both on one line, so the shot label goes under the info lines.
    const [x, y] = besideTitle ? [width - 4 * u - measureText(label, big), 4 * u] : [4 * u, infoY + 2 * (textHeight(small) + u) + u];
    drawText(r, label, x, y, big, pal.accent);
  }

  const barH = 2 * u;
  const barY = height - 4 * u - barH;
  if (spec.caption) {
    const fit = Math.floor((width - 8 * u) / Math.max(1, measureText(spec.caption, 1)));
    const scale = Math.max(1, Math.min(Math.round(u * 0.75), fit));
    const capX = (width - measureText(spec.caption, scale)) / 2;
    drawText(r, spec.caption, capX, barY - 3 * u - textHeight(scale), scale, pal.ink);
  }

  const progress = Math.min(1, (frame.index + 1) / frame.count);
  r.fillRect(4 * u, barY, width - 8 * u, barH, hslColor(hue, pal.sat, pal.light - 0.1));
  r.fillRect(4 * u, barY, (width - 8 * u) * progress, barH, pal.accent);
  // A tick on the progress bar at every cut, so each shot's span is visible in any frame.
  for (const boundary of spec.shotBoundaries ?? []) {
    const x = 4 * u + ((width - 8 * u) * boundary) / spec.durationSeconds;
    r.fillRect(x - u / 2, barY - u, u, barH + 2 * u, pal.ink);
  }
}
