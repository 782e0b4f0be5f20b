import { type FocusEvent, type KeyboardEvent, useRef, useState } from 'react';
import type { Point } from '../utils/brush-doc.ts';
import { clearCanvas, drawStroke, fitCanvas, type StrokeLook } from '../utils/draw-stroke.ts';
import { type KeyAction, liftBrush, pressKey, restingBrush, type KeyResult } from '../utils/keyboard-brush.ts';

type KeyboardBrushInput = StrokeLook & {
  onStroke: (points: Point[]) => void;
  /** False when there is no motion region to give the point to. */
  onPathPoint: (point: Point) => boolean;
  /** A pointer is drawing on the same canvas: keys wait. */
  pointerBusy: () => boolean;
};

/** The last thing the keys did, for the cursor's words; `keys` counts handled keys, so each one is heard. */
export type KeyboardNews = { action: KeyAction | 'noPath' | null; keys: number };

/**
 * The keyboard's way to paint (utils/keyboard-brush.ts): handlers for the stage's canvas,
 * and the cursor, brush state and news to show. The stroke in progress is drawn on the
 * same canvas a pointer's is; the document changes once, when the brush lifts.
 */
export const useKeyboardBrush = ({ tool, colour, radius, onStroke, onPathPoint, pointerBusy }: KeyboardBrushInput) => {
  const [brush, setBrush] = useState(restingBrush);
  const [news, setNews] = useState<KeyboardNews>({ action: null, keys: 0 });
  const rect = useRef<DOMRect | null>(null);
  const look = { tool, colour, radius };

  const apply = (canvas: HTMLCanvasElement, result: KeyResult) => {
    setBrush(result.state);
    if (result.state.stroke) {
      if (!brush.stroke || !rect.current) rect.current = fitCanvas(canvas);
      drawStroke(canvas, rect.current, result.state.stroke, look);
    } else if (brush.stroke) clearCanvas(canvas);
    if (result.stroke) onStroke(result.stroke);
    const placed = result.pathPoint ? onPathPoint(result.pathPoint) : true;
    setNews((last) => ({ action: placed ? (result.action ?? null) : 'noPath', keys: last.keys + 1 }));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLCanvasElement>) => {
    // Ctrl/Cmd shortcuts (undo, redo) belong to the workspace.
    if (event.ctrlKey || event.metaKey || event.altKey || pointerBusy()) return;
    const result = pressKey(brush, event.key, { shift: event.shiftKey, tool, repeat: event.repeat });
    if (!result.handled) return;
    event.preventDefault();
    // Escape here drops a stroke; it must not also close whatever holds the composer.
    if (event.key === 'Escape') event.stopPropagation();
    if (result.state !== brush) apply(event.currentTarget, result);
  };

  /** Ends a keyboard stroke in progress (focus left for the toolbar, or a pointer takes over), keeping it. */
  const lift = (canvas: HTMLCanvasElement) => {
    if (brush.stroke) apply(canvas, liftBrush(brush));
  };
  const onBlur = (event: FocusEvent<HTMLCanvasElement>) => {
    // Another window took focus: the brush waits down until this one has it back.
    if (!document.hasFocus()) return;
    lift(event.currentTarget);
  };

  return { brush, news, onKeyDown, onBlur, lift };
};
