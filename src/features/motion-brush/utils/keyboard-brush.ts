import type { Tool } from './tool.ts';
import { clampPoint, type Point } from './brush-doc.ts';

// Painting without a pointer: a brush cursor the arrow keys move over the frame. Space
// puts the brush down and lifts it (the path between is one stroke, as a drag would be),
// Enter paints one dab, Escape drops the stroke in progress. With the Path tool, Enter or
// Space adds a path point where the cursor is, as a click would.

/** `stroke` holds the points since the brush went down; null while it is up. */
export type KeyboardBrush = { cursor: Point; stroke: Point[] | null };
/** What a key finished, to be said: a stroke, a dab, a path point, or a stroke dropped. */
export type KeyAction = 'stroke' | 'dab' | 'point' | 'dropped';
/** The brush after a key; `stroke` or `pathPoint` when the key finished one. */
export type KeyResult = { handled: boolean; state: KeyboardBrush; stroke?: Point[]; pathPoint?: Point; action?: KeyAction };
type KeyOptions = { shift: boolean; tool: Tool; repeat?: boolean };

export const STEP = 0.01;
export const STEP_FAR = 0.05;
const arrows: Record<string, Point> = {
  ArrowLeft: { x: -1, y: 0 },
  ArrowRight: { x: 1, y: 0 },
  ArrowUp: { x: 0, y: -1 },
  ArrowDown: { x: 0, y: 1 },
};
const brushKeys = new Set([' ', 'Enter', 'Escape']);

export const restingBrush = (): KeyboardBrush => ({ cursor: { x: 0.5, y: 0.5 }, stroke: null });

export const pressKey = (brush: KeyboardBrush, key: string, { shift, tool, repeat = false }: KeyOptions): KeyResult => {
  const arrow = arrows[key];
  if (arrow) {
    const step = shift ? STEP_FAR : STEP;
    const cursor = clampPoint({ x: brush.cursor.x + arrow.x * step, y: brush.cursor.y + arrow.y * step });
    return { handled: true, state: { cursor, stroke: brush.stroke && tool !== 'path' ? [...brush.stroke, cursor] : null } };
  }
  // A held Space or Enter repeats: only its first press counts (no flapping brush, no heap of dabs).
  if (repeat && brushKeys.has(key)) return { handled: true, state: brush };
  const up = { cursor: brush.cursor, stroke: null };
  if (tool === 'path')
    return key === 'Enter' || key === ' '
      ? { handled: true, state: up, pathPoint: brush.cursor, action: 'point' }
      : { handled: false, state: brush };
  if (key === ' ')
    return brush.stroke
      ? { handled: true, state: up, stroke: brush.stroke, action: 'stroke' }
      : { handled: true, state: { cursor: brush.cursor, stroke: [brush.cursor] } };
  if (key === 'Enter') return { handled: true, state: up, stroke: brush.stroke ?? [brush.cursor], action: brush.stroke ? 'stroke' : 'dab' };
  if (key === 'Escape' && brush.stroke) return { handled: true, state: up, action: 'dropped' };
  return { handled: false, state: brush };
};

/** Focus left with the brush down: the stroke so far counts, as a lifted pointer's does. */
export const liftBrush = (brush: KeyboardBrush): KeyResult => ({
  handled: true,
  state: { cursor: brush.cursor, stroke: null },
  ...(brush.stroke ? { stroke: brush.stroke, action: 'stroke' as const } : {}),
});
