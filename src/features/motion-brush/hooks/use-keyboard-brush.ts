import { type FocusEvent, type KeyboardEvent, useRef, useState } from 'react';
import type { Point } from '../utils/brush-doc.ts';
import { clearCanvas, drawStroke, fitCanvas, type StrokeLook } from '../utils/draw-stroke.ts';
import { liftBrush, pressKey, restingBrush, type KeyResult } from '../utils/keyboard-brush.ts';

type KeyboardBrushInput = StrokeLook & { onStroke: (points: Point[]) => void; onPathPoint: (point: Point) => void };

/**
 * The keyboard's way to paint (utils/keyboard-brush.ts): handlers for the stage's canvas,
 * and the cursor and brush state to show. The stroke in progress is drawn on the same
 * canvas a pointer's is; the document changes once, when the brush lifts.
 */
export const useKeyboardBrush = ({ tool, colour, radius, onStroke, onPathPoint }: KeyboardBrushInput) => {
  const [brush, setBrush] = useState(restingBrush);
  const rect = useRef<DOMRect | null>(null);
  const look = { tool, colour, radius };

  const apply = (canvas: HTMLCanvasElement, result: KeyResult) => {
    setBrush(result.state);
    if (result.state.stroke) {
      if (!brush.stroke || !rect.current) rect.current = fitCanvas(canvas);
      drawStroke(canvas, rect.current, result.state.stroke, look);
    } else if (brush.stroke) clearCanvas(canvas);
    if (result.stroke) onStroke(result.stroke);
    if (result.pathPoint) onPathPoint(result.pathPoint);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLCanvasElement>) => {
    // Ctrl/Cmd shortcuts (undo, redo) belong to the workspace.
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const result = pressKey(brush, event.key, { shift: event.shiftKey, tool });
    if (!result.handled) return;
    event.preventDefault();
    // Escape here drops a stroke; it must not also close whatever holds the composer.
    if (event.key === 'Escape') event.stopPropagation();
    apply(event.currentTarget, result);
  };
  // Leaving the canvas (for the toolbar, say: a tool cannot change with the brush down) lifts it.
  const onBlur = (event: FocusEvent<HTMLCanvasElement>) => {
    if (brush.stroke) apply(event.currentTarget, liftBrush(brush));
  };

  return { brush, onKeyDown, onBlur };
};
