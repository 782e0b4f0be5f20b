import { rgbColor, type Color } from './color.ts';
import type { Raster } from './raster.ts';

/**
 * A painted motion-brush region, coarse enough to hash and draw with rectangles:
 * `cells` is a row-major '0'/'1' grid laid over the whole frame; a `dynamic`
 * region follows `path` (thousandths of the frame, top-left origin) over the clip.
 */
export type ClipRegion = { kind: 'static' | 'dynamic'; cols: number; rows: number; cells: string; path?: [number, number][] };

const GRID_MAX = 128;
const REGIONS_MAX = 7; // one still area and Kling's six moving regions
const PATH_MAX = 77;

// The studio's region colours (src/features/motion-brush/utils/region-colours.ts), so a clip looks like what was drawn.
const STATIC_COLOUR = rgbColor(0x38, 0xbd, 0xf8);
const MOTION_COLOURS = [
  rgbColor(0xfb, 0x71, 0x85),
  rgbColor(0xa3, 0xe6, 0x35),
  rgbColor(0xfb, 0xbf, 0x24),
  rgbColor(0xa7, 0x8b, 0xfa),
  rgbColor(0xfb, 0x92, 0x3c),
  rgbColor(0xf4, 0x72, 0xb6),
];
const INK = rgbColor(255, 255, 255);

const isGrid = (n: number) => Number.isInteger(n) && n >= 1 && n <= GRID_MAX;
const thousandths = (n: number) => Math.min(1000, Math.max(0, Math.round(n)));

/** Drops malformed regions and clamps paths, so equal pictures hash equal. */
export function normalizeRegions(regions: readonly ClipRegion[] | undefined): ClipRegion[] {
  return (regions ?? [])
    .filter(
      (r) => isGrid(r.cols) && isGrid(r.rows) && r.cells.length === r.cols * r.rows && /^[01]*$/.test(r.cells) && r.cells.includes('1'),
    )
    .slice(0, REGIONS_MAX)
    .map((r) => {
      const base: ClipRegion = { kind: r.kind === 'static' ? 'static' : 'dynamic', cols: r.cols, rows: r.rows, cells: r.cells };
      const path = (r.path ?? []).slice(0, PATH_MAX).map(([x, y]): [number, number] => [thousandths(x), thousandths(y)]);
      return base.kind === 'dynamic' && path.length > 0 ? { ...base, path } : base;
    });
}

/** Where along its path a region is at `progress` (0..1), in thousandths of the frame. */
export function pathPosition(path: readonly [number, number][], progress: number): [number, number] {
  const last = path.length - 1;
  const at = Math.min(last, Math.max(0, progress * last));
  const i = Math.min(last - 1, Math.floor(at));
  const [ax, ay] = path[Math.max(0, i)] ?? [0, 0];
  const [bx, by] = path[i + 1] ?? [ax, ay];
  const t = last <= 0 ? 0 : at - Math.max(0, i);
  return [ax + (bx - ax) * t, ay + (by - ay) * t];
}

function drawCells(r: Raster, region: ClipRegion, dx: number, dy: number, color: Color): void {
  const cw = r.width / region.cols;
  const ch = r.height / region.rows;
  for (let row = 0; row < region.rows; row++) {
    let col = 0;
    while (col < region.cols) {
      if (region.cells[row * region.cols + col] !== '1') {
        col++;
        continue;
      }
      const start = col;
      while (col < region.cols && region.cells[row * region.cols + col] === '1') col++;
      // Whole-pixel edges so neighbouring runs meet without seams.
      const x0 = Math.round(start * cw + dx);
      const y0 = Math.round(row * ch + dy);
      r.fillRect(x0, y0, Math.round(col * cw + dx) - x0, Math.round((row + 1) * ch + dy) - y0, color);
    }
  }
}

/**
 * The still area where it was painted, and each moving region carried along its
 * path from its first point (t = 0) to its last (the clip's end), with the path
 * drawn as dots: what was sent, seen moving.
 */
export function drawRegions(r: Raster, regions: readonly ClipRegion[], progress: number, u: number): void {
  let motion = 0;
  for (const region of regions) {
    if (region.kind === 'static') {
      drawCells(r, region, 0, 0, STATIC_COLOUR);
      continue;
    }
    const color = MOTION_COLOURS[motion++ % MOTION_COLOURS.length] ?? INK;
    const path = region.path ?? [];
    const dot = Math.max(2, u * 0.6);
    for (const [x, y] of path) r.fillRect((x / 1000) * r.width - dot / 2, (y / 1000) * r.height - dot / 2, dot, dot, color);
    const [sx, sy] = path[0] ?? [0, 0];
    const [px, py] = path.length > 0 ? pathPosition(path, progress) : [sx, sy];
    drawCells(r, region, ((px - sx) / 1000) * r.width, ((py - sy) / 1000) * r.height, color);
    if (path.length > 0) r.fillRect((px / 1000) * r.width - dot, (py / 1000) * r.height - dot, dot * 2, dot * 2, INK);
  }
}
