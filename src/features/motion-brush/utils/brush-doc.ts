import { DYNAMIC_MASKS_MAX } from '../../../api/contract-limits.ts';

// The motion brush's editable document. Points are fractions of the first frame
// with the origin at the top-left, as the canvas draws them, so a document
// survives the frame being re-encoded at another size; Kling's pixels and its
// bottom-left origin appear only when the masks are sent (kling-coords.ts).

export type Point = { x: number; y: number };
export type RegionKind = 'static' | 'dynamic';
/** `id` is the region's value in the label map: each pixel belongs to at most one region. */
export type Region = { id: number; kind: RegionKind; path: Point[] };
/** `radius` is a fraction of the frame's width. An eraser clears only its own region. */
export type Stroke = { region: number; erase: boolean; radius: number; points: Point[] };
/** Painting that came in as mask images (a reload or a remix), one region id per pixel. */
export type LabelMap = { width: number; height: number; labels: Uint8Array };
export type BrushDoc = { regions: Region[]; strokes: Stroke[]; base: LabelMap | null };

export const DYNAMIC_REGIONS_MAX = DYNAMIC_MASKS_MAX;
// Label maps are bytes; ids are never reused within a document, so cap them.
const REGION_ID_MAX = 255;

export const emptyDoc = (): BrushDoc => ({ regions: [], strokes: [], base: null });

export const staticRegion = (doc: BrushDoc): Region | undefined => doc.regions.find((region) => region.kind === 'static');
export const dynamicRegions = (doc: BrushDoc): Region[] => doc.regions.filter((region) => region.kind === 'dynamic');

const nextId = (doc: BrushDoc): number | null => {
  const used = [...doc.regions.map((r) => r.id), ...doc.strokes.map((s) => s.region)];
  const next = Math.max(0, ...used) + 1;
  return next <= REGION_ID_MAX ? next : null;
};

export const canAddRegion = (doc: BrushDoc, kind: RegionKind): boolean =>
  kind === 'static' ? !staticRegion(doc) : dynamicRegions(doc).length < DYNAMIC_REGIONS_MAX;

/** The document with one more region (the static one first), and its id; null when Kling's limit is reached. */
export const addRegion = (doc: BrushDoc, kind: RegionKind): { doc: BrushDoc; id: number } | null => {
  const id = nextId(doc);
  if (id === null || !canAddRegion(doc, kind)) return null;
  const region: Region = { id, kind, path: [] };
  const regions = kind === 'static' ? [region, ...doc.regions] : [...doc.regions, region];
  return { doc: { ...doc, regions }, id };
};

export const removeRegion = (doc: BrushDoc, id: number): BrushDoc => ({
  ...doc,
  regions: doc.regions.filter((region) => region.id !== id),
  strokes: doc.strokes.filter((stroke) => stroke.region !== id),
});

/** Empties a region's paint and path but keeps its place: its old pixels stay behind under an id no region has. */
export const clearRegion = (doc: BrushDoc, id: number): BrushDoc => {
  const fresh = nextId(doc);
  if (fresh === null) return doc;
  return {
    ...doc,
    regions: doc.regions.map((region) => (region.id === id ? { ...region, id: fresh, path: [] } : region)),
    strokes: doc.strokes.filter((stroke) => stroke.region !== id),
  };
};

export const addStroke = (doc: BrushDoc, stroke: Stroke): BrushDoc =>
  stroke.points.length === 0 ? doc : { ...doc, strokes: [...doc.strokes, stroke] };

export const setPath = (doc: BrushDoc, id: number, path: Point[]): BrushDoc => ({
  ...doc,
  regions: doc.regions.map((region) => (region.id === id ? { ...region, path } : region)),
});

export const clampPoint = (point: Point): Point => ({ x: Math.min(1, Math.max(0, point.x)), y: Math.min(1, Math.max(0, point.y)) });
