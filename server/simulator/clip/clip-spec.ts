import { createHash } from 'node:crypto';
import { normalizeRegions, type ClipRegion } from './clip-regions.ts';

export type ClipMode = 'std' | 'pro';
export type ClipAspectRatio = '16:9' | '9:16' | '1:1';

export type ClipSpec = {
  mode: ClipMode;
  aspectRatio: ClipAspectRatio;
  /** Whole seconds, 1..15. */
  durationSeconds: number;
  /** Short ASCII text drawn on the clip, e.g. the model name or a sweep value. */
  caption?: string;
  /** Seconds at which a new shot starts; each one gets a new background hue and a `SHOT n` label. */
  shotBoundaries?: number[];
  /** Kling camera preset (simple, down_back, ...); only steers the direction of motion. */
  cameraType?: string;
  /** Motion-brush regions: the still area and the moving ones with their paths. */
  regions?: ClipRegion[];
};

export type ClipDimensions = { width: number; height: number };

export const MIN_CLIP_SECONDS = 1;
export const MAX_CLIP_SECONDS = 15;
export const MAX_CAPTION_LENGTH = 48;

// Bump whenever the rendered picture or encoder settings change, so stale cached files are not reused.
const RENDER_VERSION = 2;

const DIMENSIONS: Record<ClipMode, Record<ClipAspectRatio, ClipDimensions>> = {
  std: {
    '16:9': { width: 1280, height: 720 },
    '9:16': { width: 720, height: 1280 },
    '1:1': { width: 720, height: 720 },
  },
  pro: {
    '16:9': { width: 1920, height: 1080 },
    '9:16': { width: 1080, height: 1920 },
    '1:1': { width: 1080, height: 1080 },
  },
};

export function clipDimensions(spec: Pick<ClipSpec, 'mode' | 'aspectRatio'>): ClipDimensions {
  const byAspect = DIMENSIONS[spec.mode];
  const dims = byAspect?.[spec.aspectRatio];
  if (!dims) throw new RangeError(`unsupported clip format ${String(spec.mode)} ${String(spec.aspectRatio)}`);
  return { ...dims };
}

/**
 * Validates a spec and puts it in canonical form (printable-ASCII caption, sorted in-range boundaries)
 * so that equivalent requests share one cache entry.
 */
export function normalizeClipSpec(spec: ClipSpec): ClipSpec {
  clipDimensions(spec);
  const { durationSeconds } = spec;
  if (!Number.isInteger(durationSeconds) || durationSeconds < MIN_CLIP_SECONDS || durationSeconds > MAX_CLIP_SECONDS) {
    throw new RangeError(`durationSeconds must be a whole number in ${MIN_CLIP_SECONDS}..${MAX_CLIP_SECONDS}, got ${durationSeconds}`);
  }
  const normalized: ClipSpec = { mode: spec.mode, aspectRatio: spec.aspectRatio, durationSeconds };
  const caption = (spec.caption ?? '')
    .replace(/[^\x20-\x7e]/g, '?')
    .trim()
    .slice(0, MAX_CAPTION_LENGTH);
  if (caption) normalized.caption = caption;
  const rounded = (spec.shotBoundaries ?? []).map((s) => Math.round(s * 1000) / 1000);
  const boundaries = [...new Set(rounded)].filter((s) => Number.isFinite(s) && s > 0 && s < durationSeconds).sort((a, b) => a - b);
  if (boundaries.length > 0) normalized.shotBoundaries = boundaries;
  const cameraType = spec.cameraType?.trim();
  if (cameraType) normalized.cameraType = cameraType;
  const regions = normalizeRegions(spec.regions);
  if (regions.length > 0) normalized.regions = regions;
  return normalized;
}

/** Stable short id of the normalized spec; safe to use as a file name. */
export function clipKey(spec: ClipSpec): string {
  const n = normalizeClipSpec(spec);
  // Fixed field order so the hash never depends on how the caller built the object.
  const canonical = JSON.stringify([
    RENDER_VERSION,
    n.mode,
    n.aspectRatio,
    n.durationSeconds,
    n.caption ?? null,
    n.shotBoundaries ?? [],
    n.cameraType ?? null,
    n.regions ?? [],
  ]);
  return createHash('sha1').update(canonical).digest('hex').slice(0, 16);
}
