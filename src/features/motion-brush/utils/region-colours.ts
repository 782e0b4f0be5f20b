import { dynamicRegions, type BrushDoc, type Region } from './brush-doc.ts';

// One colour per region, by its place: Motion n is always the nth motion colour,
// as it is the nth `dynamic_masks` entry. The simulator draws with the same ones.
export const STATIC_COLOUR = '#38bdf8';
export const MOTION_COLOURS = ['#fb7185', '#a3e635', '#fbbf24', '#a78bfa', '#fb923c', '#f472b6'] as const;

/** 1-based number among the motion regions, 0 for the still area. */
export const motionNumber = (doc: BrushDoc, region: Region): number =>
  region.kind === 'static' ? 0 : dynamicRegions(doc).findIndex((r) => r.id === region.id) + 1;

export const regionColour = (doc: BrushDoc, region: Region): string =>
  region.kind === 'static' ? STATIC_COLOUR : (MOTION_COLOURS[(motionNumber(doc, region) - 1) % MOTION_COLOURS.length] ?? STATIC_COLOUR);

export const hexToRgb = (hex: string): [number, number, number] => {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff];
};
