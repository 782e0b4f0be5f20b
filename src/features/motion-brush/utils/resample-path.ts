import { TRAJECTORY_POINTS_MAX, TRAJECTORY_POINTS_MIN } from '../../../api/contract-limits.ts';
import type { Point } from './brush-doc.ts';
import { toKlingPoint, type FrameSize } from './kling-coords.ts';

// A drawn path becomes Kling's trajectory: evenly spaced along its length, so the
// region moves at a steady pace, with as many points as Kling takes for 5 s (77)
// unless the path is too short for them to be 2 px apart.

const MIN_SPACING_PX = 2;

const distance = (a: Point, b: Point) => Math.hypot(b.x - a.x, b.y - a.y);

export const pathLength = (points: readonly Point[]): number =>
  points.reduce((sum, point, i) => (i === 0 ? 0 : sum + distance(points[i - 1] ?? point, point)), 0);

export const trajectoryPointCount = (lengthPx: number): number =>
  Math.min(TRAJECTORY_POINTS_MAX, Math.max(TRAJECTORY_POINTS_MIN, Math.floor(lengthPx / MIN_SPACING_PX) + 1));

/** `count` points evenly spaced by arc length, from the first point to the last. */
export const resamplePath = (points: readonly Point[], count: number): Point[] => {
  const first = points[0];
  if (!first || count < 1) return [];
  const total = pathLength(points);
  if (total === 0 || count === 1) return Array.from({ length: count }, () => ({ ...first }));
  const out: Point[] = [];
  let segment = 1;
  let walked = 0; // length up to points[segment - 1]
  for (let i = 0; i < count; i += 1) {
    const target = (total * i) / (count - 1);
    while (segment < points.length - 1 && walked + distance(points[segment - 1]!, points[segment]!) < target) {
      walked += distance(points[segment - 1]!, points[segment]!);
      segment += 1;
    }
    const a = points[segment - 1]!;
    const b = points[segment] ?? a;
    const span = distance(a, b);
    const t = span === 0 ? 0 : Math.min(1, (target - walked) / span);
    out.push({ x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t });
  }
  return out;
};

/** Ramer–Douglas–Peucker: the few vertices a freehand stroke needs, so it can be edited by hand afterwards. */
export const simplifyPath = (points: readonly Point[], tolerance: number): Point[] => {
  if (points.length <= 2) return points.map((p) => ({ ...p }));
  const first = points[0]!;
  const last = points[points.length - 1]!;
  let worst = 0;
  let at = 0;
  for (let i = 1; i < points.length - 1; i += 1) {
    const d = distanceToSegment(points[i]!, first, last);
    if (d > worst) [worst, at] = [d, i];
  }
  if (worst <= tolerance) return [{ ...first }, { ...last }];
  return [...simplifyPath(points.slice(0, at + 1), tolerance).slice(0, -1), ...simplifyPath(points.slice(at), tolerance)];
};

export const distanceToSegment = (p: Point, a: Point, b: Point): number => {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const lengthSquared = dx * dx + dy * dy;
  const t = lengthSquared === 0 ? 0 : Math.min(1, Math.max(0, ((p.x - a.x) * dx + (p.y - a.y) * dy) / lengthSquared));
  return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
};

/** A document path as Kling's trajectory: first-frame pixels, bottom-left origin, whole numbers. */
export const trajectoryFor = (path: readonly Point[], frame: FrameSize): Point[] => {
  if (path.length < 2) return [];
  const pixels = path.map((p) => ({ x: p.x * frame.width, y: p.y * frame.height }));
  const count = trajectoryPointCount(pathLength(pixels));
  // Spaced evenly in pixels, not in fractions: a 16:9 frame's fractions are not square.
  return resamplePath(pixels, count).map((p) => toKlingPoint({ x: p.x / frame.width, y: p.y / frame.height }, frame));
};
