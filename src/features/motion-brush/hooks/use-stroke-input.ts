import { type PointerEvent, type RefObject, useRef } from 'react';
import type { Point } from '../utils/brush-doc.ts';
import { clearCanvas, drawStroke, fitCanvas } from '../utils/draw-stroke.ts';
import type { Tool } from '../utils/tool.ts';

type StrokeInput = {
  tool: Tool;
  colour: string;
  radius: number; // fraction of the frame's width
  onStroke: (points: Point[]) => void;
  onPathDrawn: (points: Point[]) => void;
  onPathClick: (point: Point) => void;
};

// A press that travels less than this is a click (a path point), not a drag.
const CLICK_SLOP_PX = 5;

/**
 * Pointer events, so mouse, pen and touch draw alike. The stroke in progress is
 * drawn on its own canvas; the document changes once, when the pointer lifts.
 */
export const useStrokeInput = (
  live: RefObject<HTMLCanvasElement | null>,
  { tool, colour, radius, onStroke, onPathDrawn, onPathClick }: StrokeInput,
) => {
  const drag = useRef<{ id: number; points: Point[]; moved: boolean; rect: DOMRect } | null>(null);

  const toPoint = (event: { clientX: number; clientY: number }, rect: DOMRect): Point => ({
    x: (event.clientX - rect.left) / rect.width,
    y: (event.clientY - rect.top) / rect.height,
  });

  const draw = () => {
    const canvas = live.current;
    const state = drag.current;
    if (canvas && state) drawStroke(canvas, state.rect, state.points, { tool, colour, radius });
  };

  const clear = () => {
    drag.current = null;
    clearCanvas(live.current);
  };

  const onPointerDown = (event: PointerEvent<HTMLCanvasElement>) => {
    if (event.button !== 0 || drag.current) return;
    event.preventDefault();
    const canvas = event.currentTarget;
    canvas.setPointerCapture(event.pointerId);
    const rect = fitCanvas(canvas);
    drag.current = { id: event.pointerId, points: [toPoint(event, rect)], moved: false, rect };
    draw();
  };

  const onPointerMove = (event: PointerEvent<HTMLCanvasElement>) => {
    const state = drag.current;
    if (!state || event.pointerId !== state.id) return;
    // A pen reports more positions than frames; take them all for a smooth line.
    const samples = event.nativeEvent.getCoalescedEvents?.() ?? [];
    for (const sample of samples.length ? samples : [event.nativeEvent]) state.points.push(toPoint(sample, state.rect));
    const first = state.points[0]!;
    const last = state.points.at(-1)!;
    if (Math.hypot((last.x - first.x) * state.rect.width, (last.y - first.y) * state.rect.height) > CLICK_SLOP_PX) state.moved = true;
    draw();
  };

  const onPointerUp = (event: PointerEvent<HTMLCanvasElement>) => {
    const state = drag.current;
    if (!state || event.pointerId !== state.id) return;
    clear();
    if (tool !== 'path') onStroke(state.points);
    else if (state.moved) onPathDrawn(state.points);
    else onPathClick(state.points[0]!);
  };

  return { handlers: { onPointerDown, onPointerMove, onPointerUp, onPointerCancel: clear }, dragging: () => drag.current !== null };
};
