import { type PointerEvent, useRef } from 'react';
import { useTranslation } from '../../../lib/use-translation.ts';
import { useKeyboardBrush } from '../hooks/use-keyboard-brush.ts';
import { useStrokeInput } from '../hooks/use-stroke-input.ts';
import type { Tool } from '../utils/tool.ts';
import { clampPoint, type BrushDoc, type Point, type Region } from '../utils/brush-doc.ts';
import type { FrameSize } from '../utils/kling-coords.ts';
import { regionColour, MOTION_COLOURS } from '../utils/region-colours.ts';
import { simplifyPath } from '../utils/resample-path.ts';
import { KeyboardCursor } from './keyboard-cursor.tsx';
import { LabelOverlay } from './label-overlay.tsx';
import { PathHandles } from './path-handles.tsx';
import { PathLayer } from './path-layer.tsx';

type BrushStageProps = {
  src: string;
  frame: FrameSize;
  doc: BrushDoc;
  active: Region | undefined;
  activeName: string;
  tool: Tool;
  radius: number;
  describedBy: string;
  onStroke: (points: Point[]) => void;
  onPath: (path: Point[]) => void;
};

// A freehand path keeps only the vertices it needs (0.2% of the frame), so it can be edited point by point.
const FREEHAND_TOLERANCE = 0.002;
const STAGE_MAX_HEIGHT = '60vh';

/** The first frame with the painting over it, the paths, and the surface that takes the pointer. */
export const BrushStage = ({ src, frame, doc, active, activeName, tool, radius, describedBy, onStroke, onPath }: BrushStageProps) => {
  const { t } = useTranslation();
  const colour = active ? regionColour(doc, active) : MOTION_COLOURS[0];
  const pathable = active?.kind === 'dynamic' ? active : undefined;
  const live = useRef<HTMLCanvasElement>(null);
  const addPathPoint = (point: Point) => {
    if (!pathable) return false;
    onPath([...pathable.path, clampPoint(point)]);
    return true;
  };
  const pointer = useStrokeInput(live, {
    tool,
    colour,
    radius,
    onStroke,
    onPathDrawn: (points) => pathable && onPath(simplifyPath(points.map(clampPoint), FREEHAND_TOLERANCE)),
    onPathClick: addPathPoint,
  });
  const keyboard = useKeyboardBrush({ tool, colour, radius, onStroke, onPathPoint: addPathPoint, pointerBusy: pointer.dragging });
  const onPointerDown = (event: PointerEvent<HTMLCanvasElement>) => {
    // A pointer takes over from a keyboard stroke in progress: that stroke is kept first.
    keyboard.lift(event.currentTarget);
    pointer.handlers.onPointerDown(event);
  };
  const ratio = frame.width / frame.height;
  return (
    <div
      className="relative mx-auto touch-none select-none overflow-hidden rounded-lg bg-neutral-950 has-[canvas:focus-visible]:ring-2 has-[canvas:focus-visible]:ring-amber-400"
      style={{ aspectRatio: `${frame.width} / ${frame.height}`, width: `min(100%, calc(${STAGE_MAX_HEIGHT} * ${ratio}))` }}
      data-testid="brush-stage"
    >
      <img src={src} alt="" draggable={false} className="pointer-events-none absolute inset-0 size-full" />
      <LabelOverlay doc={doc} frame={frame} />
      <PathLayer doc={doc} frame={frame} activeId={active?.id} />
      {/* An application to screen readers, so the arrow keys reach the brush rather than the reading cursor.
          Its focus shows as the stage's ring: an outline would be cut off by the stage's edge. */}
      <canvas
        ref={live}
        role="application"
        tabIndex={0}
        aria-label={t('motionBrush.canvasLabel')}
        aria-describedby={describedBy}
        {...pointer.handlers}
        onPointerDown={onPointerDown}
        onKeyDown={keyboard.onKeyDown}
        onBlur={keyboard.onBlur}
        className={`peer absolute inset-0 size-full ${tool === 'path' ? 'cursor-crosshair' : 'cursor-cell'}`}
      />
      <KeyboardCursor brush={keyboard.brush} news={keyboard.news} tool={tool} radius={radius} />
      {pathable && tool === 'path' ? <PathHandles path={pathable.path} colour={colour} name={activeName} onChange={onPath} /> : null}
    </div>
  );
};
