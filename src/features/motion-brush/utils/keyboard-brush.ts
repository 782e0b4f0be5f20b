import type { Tool } from '../hooks/use-stroke-input.ts';
import { clampPoint, type Point } from './brush-doc.ts';

// Painting without a pointer: a brush cursor the arrow keys move over the frame. Space
// puts the brush down and lifts it (the path between is one stroke, as a drag would be),
// Enter paints one dab, Escape drops the stroke in progress. With the Path tool, Enter or
// Space adds a path point where the cursor is, as a click would.

/** `stroke` holds the points since the brush went down; null while it is up. */
export type KeyboardBrush = { cursor: Point; stroke: Point[] | null };
/** The brush after a key; `stroke` or `pathPoint` when the key finished one. */
export type KeyResult = { handled: boolean; state: KeyboardBrush; stroke?: Point[]; pathPoint?: Point };

export const STEP = 0.01;
export const STEP_FAR = 0.05;
const arrows: Record<string, Point> = { ArrowLeft: { x: -1, y: 0 }, ArrowRight: { x: 1, y: 0 }, ArrowUp: { x: 0, y: -1 }, ArrowDown: { x: 0, y: 1 } };

export const restingBrush = (): KeyboardBrush => ({ cursor: { x: 0.5, y: 0.5 }, stroke: null });

export const pressKey = (brush: KeyboardBrush, key: string, { shift, tool }: { shift: boolean; tool: Tool }): KeyResult => {
  const arrow = arrows[key];
  if (arrow) {
    const step = shift ? STEP_FAR : STEP;
    const cursor = clampPoint({ x: brush.cursor.x + arrow.x * step, y: brush.cursor.y + arrow.y * step });
    return { handled: true, state: { cursor, stroke: brush.stroke && tool !== 'path' ? [...brush.stroke, cursor] : null } };
  }
  const up = { cursor: brush.cursor, stroke: null };
  if (tool === 'path') return key === 'Enter' || key === ' ' ? { handled: true, state: up, pathPoint: brush.cursor } : { handled: false, state: brush };
  if (key === ' ') return brush.stroke ? { handled: true, state: up, stroke: brush.stroke } : { handled: true, state: { cursor: brush.cursor, stroke: [brush.cursor] } };
  if (key === 'Enter') return { handled: true, state: up, stroke: brush.stroke ?? [brush.cursor] };
  if (key === 'Escape' && brush.stroke) return { handled: true, state: up };
  return { handled: false, state: brush };
};

/** Focus left, or the tool changed, with the brush down: the stroke so far counts, as a lifted pointer's does. */
export const liftBrush = (brush: KeyboardBrush): KeyResult => ({ handled: true, state: { cursor: brush.cursor, stroke: null }, ...(brush.stroke ? { stroke: brush.stroke } : {}) });
