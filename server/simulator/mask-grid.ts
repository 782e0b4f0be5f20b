import { decode } from 'fast-png';
import { decodeBase64Prefix, isBase64, readImageHeader } from '../../src/api/image-header.ts';
import type { GenerationRequest } from '../../src/api/generation-request.schema.ts';
import type { ClipRegion } from './clip/clip-regions.ts';

// From the masks a request sent to what its clip shows: each mask read as a PNG
// and laid on a coarse grid, each trajectory turned back from Kling's pixels
// (bottom-left origin) into fractions of the frame. A mask that is a link or a
// JPEG is not drawn: Kling would fetch or decode it, the simulator does not.

const GRID_COLS = 64;
// A cell counts as painted when this much of it is.
const CELL_FILL = 0.4;

type Size = { width: number; height: number };

const imageSize = (value: string | null): Size | null => {
  if (!value || !isBase64(value)) return null;
  const header = readImageHeader(decodeBase64Prefix(value));
  return header && header.width > 0 && header.height > 0 ? header : null;
};

/** The mask as a grid of painted cells ('0'/'1', row-major), or null when it is not a readable PNG. */
export const maskGrid = (base64: string): { cols: number; rows: number; cells: string; size: Size } | null => {
  if (!isBase64(base64)) return null;
  let png;
  try {
    png = decode(Buffer.from(base64, 'base64'));
  } catch {
    return null;
  }
  const { width, height, channels, depth, data, palette } = png;
  const max = depth === 16 ? 65535 : (1 << depth) - 1;
  const alpha = !palette && (channels === 2 || channels === 4);
  const cols = Math.min(GRID_COLS, width);
  const rows = Math.max(1, Math.min(height, Math.round((cols * height) / width)));
  const counts = new Float64Array(cols * rows);
  for (let y = 0; y < height; y++) {
    const row = Math.min(rows - 1, Math.floor((y * rows) / height));
    for (let x = 0; x < width; x++) {
      const i = y * width + x;
      const value = palette ? (palette[data[i] ?? 0]?.[0] ?? 0) / 255 : (data[i * channels] ?? 0) / max;
      const opaque = alpha ? (data[i * channels + channels - 1] ?? 0) / max > 0.5 : true;
      if (value > 0.5 && opaque) counts[row * cols + Math.min(cols - 1, Math.floor((x * cols) / width))]! += 1;
    }
  }
  const cellArea = (width / cols) * (height / rows);
  const cells = Array.from(counts, (count) => (count >= cellArea * CELL_FILL ? '1' : '0')).join('');
  return { cols, rows, cells, size: { width, height } };
};

export const regionsFor = (request: GenerationRequest): ClipRegion[] => {
  const frame = imageSize(request.image);
  const regions: ClipRegion[] = [];
  const still = request.staticMask ? maskGrid(request.staticMask) : null;
  if (still) regions.push({ kind: 'static', cols: still.cols, rows: still.rows, cells: still.cells });
  for (const entry of request.dynamicMasks ?? []) {
    const grid = maskGrid(entry.mask);
    if (!grid) continue;
    // Trajectories are in the first frame's pixels; without its size, the masks share its shape.
    const { width, height } = frame ?? grid.size;
    const path = entry.trajectories.map(({ x, y }): [number, number] => [(x / width) * 1000, (1 - y / height) * 1000]);
    regions.push({ kind: 'dynamic', cols: grid.cols, rows: grid.rows, cells: grid.cells, path });
  }
  return regions;
};
