import type { Point } from './brush-doc.ts';

// Kling reads a trajectory in pixels of the first frame with the origin at its
// bottom-left corner (docs/gateway-contract.md#klings-parameter-limits, dynamic_masks); the canvas and the document
// measure from the top-left. The flip happens here and nowhere else.

export type FrameSize = { width: number; height: number };

const clamp = (value: number, max: number) => Math.min(max, Math.max(0, value));

/** A document point (fraction, top-left origin) as Kling's whole pixel (bottom-left origin). */
export const toKlingPoint = (point: Point, frame: FrameSize): Point => ({
  x: clamp(Math.round(point.x * frame.width), frame.width),
  y: clamp(Math.round((1 - point.y) * frame.height), frame.height),
});

/** Kling's pixel (bottom-left origin) back as a document point. */
export const fromKlingPoint = (point: Point, frame: FrameSize): Point => ({
  x: clamp(point.x / frame.width, 1),
  y: clamp(1 - point.y / frame.height, 1),
});
