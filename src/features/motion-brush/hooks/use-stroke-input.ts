import { type PointerEvent, type RefObject, useRef } from 'react';
import type { Point } from '../utils/brush-doc.ts';

export type Tool = 'paint' | 'erase' | 'path';

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
export const useStrokeInput = (live: RefObject<HTMLCanvasElement | null>, { tool, colour, radius, onStroke, onPathDrawn, onPathClick }: StrokeInput) => {
  const drag = useRef<{ id: number; points: Point[]; moved: boolean; rect: DOMRect } | null>(null);

  const toPoint = (event: { clientX: number; clientY: number }, rect: DOMRect): Point => ({
    x: (event.clientX - rect.left) / rect.width,
    y: (event.clientY - rect.top) / rect.height,
  });

  const draw = () => {
    const canvas = live.current;
    const state = drag.current;
    const context = canvas?.getContext('2d');
    if (!canvas || !state || !context) return;
    const { width, height } = state.rect;
    context.clearRect(0, 0, canvas.width, canvas.height);
    context.save();
    context.scale(canvas.width / width, canvas.height / height);
    context.lineCap = 'round';
    context.lineJoin = 'round';
    context.strokeStyle = tool === 'erase' ? 'rgba(255,255,255,0.7)' : colour;
    context.lineWidth = tool === 'path' ? 3 : Math.max(1, radius * width * 2);
    context.beginPath();
    state.points.forEach((p, i) => (i === 0 ? context.moveTo(p.x * width, p.y * height) : context.lineTo(p.x * width, p.y * height)));
    if (state.points.length === 1 && tool !== 'path') context.lineTo(state.points[0]!.x * width + 0.01, state.points[0]!.y * height);
    context.stroke();
    context.restore();
  };

  const clear = () => {
    drag.current = null;
    const canvas = live.current;
    canvas?.getContext('2d')?.clearRect(0, 0, canvas.width, canvas.height);
  };

  const onPointerDown = (event: PointerEvent<HTMLCanvasElement>) => {
    if (event.button !== 0 || drag.current) return;
    event.preventDefault();
    const canvas = event.currentTarget;
    canvas.setPointerCapture(event.pointerId);
    const rect = canvas.getBoundingClientRect();
    const scale = Math.min(2, globalThis.devicePixelRatio || 1);
    canvas.width = Math.round(rect.width * scale);
    canvas.height = Math.round(rect.height * scale);
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

  return { onPointerDown, onPointerMove, onPointerUp, onPointerCancel: clear };
};
