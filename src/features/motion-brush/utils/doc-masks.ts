import type { DynamicMask } from '../../../api/generation-request.schema.ts';
import { dynamicRegions, staticRegion, type BrushDoc, type LabelMap, type Region } from './brush-doc.ts';
import { fromKlingPoint, type FrameSize } from './kling-coords.ts';
import { decodeMaskPng, encodeMaskPng } from './mask-png.ts';
import { coverageOf, maskOf, rasteriseLabels } from './rasterise.ts';
import { simplifyPath, trajectoryFor } from './resample-path.ts';

// Between the document and what Kling takes: every mask at the first frame's own
// size (so its aspect ratio is the frame's and all masks share one resolution),
// and back again when a draft or a remixed task brings masks in.

export type BrushMasks = { staticMask: string | null; dynamicMasks: DynamicMask[] | null };
/** What was sent, plus which region each `dynamic_masks` entry came from (a region with no paint is not sent). */
export type SentMasks = BrushMasks & { dynamicIds: number[] };

/** The PNGs made last time, by size and region: most edits change one region, and compressing is the slow part. */
export type MaskCache = Map<string, { mask: Uint8Array; png: string }>;

const sameBytes = (a: Uint8Array, b: Uint8Array) => {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) return false;
  return true;
};

export const docToMasks = (doc: BrushDoc, frame: FrameSize, cache: MaskCache = new Map()): SentMasks => {
  const labels = rasteriseLabels(doc, frame.width, frame.height);
  const painted = coverageOf(labels);
  const png = (id: number) => {
    const key = `${frame.width}x${frame.height}:${id}`;
    const mask = maskOf(labels, id);
    const known = cache.get(key);
    if (known && sameBytes(known.mask, mask)) return known.png;
    const made = encodeMaskPng(mask, frame.width, frame.height);
    cache.set(key, { mask, png: made });
    return made;
  };
  const still = staticRegion(doc);
  const staticMask = still && painted.has(still.id) ? png(still.id) : null;
  const sent = dynamicRegions(doc).filter((region) => painted.has(region.id));
  const dynamicMasks = sent.map((region) => ({
    mask: png(region.id),
    trajectories: trajectoryFor(region.path, frame),
  }));
  return { staticMask, dynamicMasks: dynamicMasks.length ? dynamicMasks : null, dynamicIds: sent.map((region) => region.id) };
};

// Imported paths arrive as up to 77 points; a few vertices are what a person can drag.
const IMPORTED_PATH_TOLERANCE = 0.003;

/** A document from masks already in the request, or null when one is not a PNG this browser can read here. */
export const docFromMasks = (masks: BrushMasks, frame: FrameSize): BrushDoc | null => {
  const sources = [
    ...(masks.staticMask ? [{ kind: 'static' as const, mask: masks.staticMask, trajectories: [] }] : []),
    ...(masks.dynamicMasks ?? []).map((entry) => ({ kind: 'dynamic' as const, ...entry })),
  ];
  if (sources.length === 0) return { regions: [], strokes: [], base: null };
  const decoded = sources.map((source) => decodeMaskPng(source.mask));
  const first = decoded[0];
  if (!first || decoded.some((mask) => mask === null)) return null;
  const base: LabelMap = { width: first.width, height: first.height, labels: new Uint8Array(first.width * first.height) };
  const regions: Region[] = sources.map((source, i) => {
    const id = i + 1;
    const mask = decoded[i]!;
    // Masks of another size than the first are read nearest-neighbour into its grid.
    for (let y = 0; y < base.height; y += 1) {
      const sy = Math.floor(((y + 0.5) * mask.height) / base.height);
      for (let x = 0; x < base.width; x += 1) {
        const sx = Math.floor(((x + 0.5) * mask.width) / base.width);
        if (mask.mask[sy * mask.width + sx]) base.labels[y * base.width + x] = id;
      }
    }
    const path = simplifyPath(
      source.trajectories.map((point) => fromKlingPoint(point, frame)),
      IMPORTED_PATH_TOLERANCE,
    );
    return { id, kind: source.kind, path };
  });
  return { regions, strokes: [], base };
};
