import type { BrushDoc, LabelMap, Point, Stroke } from './brush-doc.ts';

// The document as pixels: one region id per pixel (0 for none), at any size.
// Strokes apply in order, each painting its region over whatever was there, so a
// pixel belongs to at most one region; an eraser clears only its own region.

type Interval = [number, number];

/** Where the row at height `cy` crosses a linear band lo ≤ x·c + k ≤ hi; null if it misses. */
const band = (c: number, k: number, lo: number, hi: number): Interval | null => {
  if (Math.abs(c) < 1e-12) return k >= lo && k <= hi ? [-Infinity, Infinity] : null;
  const [a, b] = [(lo - k) / c, (hi - k) / c];
  return a <= b ? [a, b] : [b, a];
};

const disc = (centre: Point, r: number, cy: number): Interval | null => {
  const dy = cy - centre.y;
  if (Math.abs(dy) > r) return null;
  const h = Math.sqrt(r * r - dy * dy);
  return [centre.x - h, centre.x + h];
};

/**
 * The span of one row inside a capsule (every point within r of segment AB). A
 * capsule is convex, so its row is one interval: the union of the end discs' and
 * the straight band's. One interval per row instead of a distance per pixel.
 */
const capsuleRow = (a: Point, b: Point, r: number, cy: number): Interval | null => {
  const spans = [disc(a, r, cy), disc(b, r, cy)];
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const length = Math.hypot(dx, dy);
  if (length > 0) {
    const [ux, uy, nx, ny] = [dx / length, dy / length, -dy / length, dx / length];
    const along = band(ux, -a.x * ux + (cy - a.y) * uy, 0, length);
    const across = band(nx, -a.x * nx + (cy - a.y) * ny, -r, r);
    if (along && across && Math.max(along[0], across[0]) <= Math.min(along[1], across[1]))
      spans.push([Math.max(along[0], across[0]), Math.min(along[1], across[1])]);
  }
  const hit = spans.filter((span): span is Interval => span !== null);
  return hit.length ? [Math.min(...hit.map((s) => s[0])), Math.max(...hit.map((s) => s[1]))] : null;
};

/** Pointer samples closer than this (a share of the radius) add nothing a capsule does not already cover. */
const THIN = 0.25;

const thin = (points: Point[], r: number): Point[] => {
  const kept = points.slice(0, 1);
  for (const point of points.slice(1, -1)) {
    const last = kept.at(-1)!;
    if (Math.hypot(point.x - last.x, point.y - last.y) >= r * THIN) kept.push(point);
  }
  if (points.length > 1) kept.push(points.at(-1)!);
  return kept;
};

const stampStroke = (labels: Uint8Array, width: number, height: number, stroke: Stroke) => {
  const r = Math.max(0.5, stroke.radius * width);
  const points = thin(
    stroke.points.map((p) => ({ x: p.x * width, y: p.y * height })),
    r,
  );
  const segments = points.length === 1 ? [[points[0]!, points[0]!]] : points.slice(1).map((b, i) => [points[i]!, b]);
  for (const [a, b] of segments) {
    if (!a || !b) continue;
    const y0 = Math.max(0, Math.floor(Math.min(a.y, b.y) - r));
    const y1 = Math.min(height - 1, Math.ceil(Math.max(a.y, b.y) + r));
    for (let y = y0; y <= y1; y += 1) {
      const span = capsuleRow(a, b, r, y + 0.5); // pixel centres
      if (!span) continue;
      const x0 = Math.max(0, Math.ceil(span[0] - 0.5));
      const x1 = Math.min(width - 1, Math.floor(span[1] - 0.5));
      if (x1 < x0) continue;
      const row = y * width;
      if (!stroke.erase) labels.fill(stroke.region, row + x0, row + x1 + 1);
      else for (let at = row + x0; at <= row + x1; at += 1) if (labels[at] === stroke.region) labels[at] = 0;
    }
  }
};

/** Nearest-neighbour copy of imported painting; ids no region has any more read as 0. */
const copyBase = (labels: Uint8Array, width: number, height: number, base: LabelMap, known: Set<number>) => {
  for (let y = 0; y < height; y += 1) {
    const sy = Math.min(base.height - 1, Math.floor(((y + 0.5) * base.height) / height));
    for (let x = 0; x < width; x += 1) {
      const sx = Math.min(base.width - 1, Math.floor(((x + 0.5) * base.width) / width));
      const id = base.labels[sy * base.width + sx] ?? 0;
      if (known.has(id)) labels[y * width + x] = id;
    }
  }
};

export const rasteriseLabels = (doc: BrushDoc, width: number, height: number): Uint8Array => {
  const labels = new Uint8Array(width * height);
  const known = new Set(doc.regions.map((region) => region.id));
  if (doc.base) copyBase(labels, width, height, doc.base, known);
  for (const stroke of doc.strokes) if (known.has(stroke.region)) stampStroke(labels, width, height, stroke);
  return labels;
};

/** One region as a mask: 255 where it is painted, 0 elsewhere. */
export const maskOf = (labels: Uint8Array, id: number): Uint8Array => {
  const mask = new Uint8Array(labels.length);
  for (let i = 0; i < labels.length; i += 1) if (labels[i] === id) mask[i] = 255;
  return mask;
};

/** How much of the frame each region covers, 0..1, by id. */
export const coverageOf = (labels: Uint8Array): Map<number, number> => {
  const counts = new Uint32Array(256);
  for (let i = 0; i < labels.length; i += 1) counts[labels[i]!]! += 1;
  const coverage = new Map<number, number>();
  counts.forEach((count, id) => id > 0 && count > 0 && coverage.set(id, count / labels.length));
  return coverage;
};
