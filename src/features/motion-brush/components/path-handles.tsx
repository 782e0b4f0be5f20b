import { type KeyboardEvent, type PointerEvent, useState } from 'react';
import { useTranslation } from '../../../lib/use-translation.ts';
import { clampPoint, type Point } from '../utils/brush-doc.ts';

type PathHandlesProps = { path: Point[]; colour: string; name: string; onChange: (path: Point[]) => void };

const NUDGE = 0.01;
const NUDGE_FAR = 0.05;
const arrows: Record<string, Point> = {
  ArrowLeft: { x: -1, y: 0 },
  ArrowRight: { x: 1, y: 0 },
  ArrowUp: { x: 0, y: -1 },
  ArrowDown: { x: 0, y: 1 },
};
const percent = (value: number) => Math.round(value * 100);

/** The selected path's points as buttons: drag one (mouse, pen or touch), or focus it and use the arrow keys. */
export const PathHandles = ({ path, colour, name, onChange }: PathHandlesProps) => {
  const { t } = useTranslation();
  const [dragging, setDragging] = useState<{ index: number; point: Point } | null>(null);
  const shown = dragging ? path.map((p, i) => (i === dragging.index ? dragging.point : p)) : path;

  const onPointerDown = (event: PointerEvent<HTMLButtonElement>, index: number) => {
    event.stopPropagation();
    event.currentTarget.setPointerCapture(event.pointerId);
    setDragging({ index, point: path[index] ?? { x: 0, y: 0 } });
  };
  const onPointerMove = (event: PointerEvent<HTMLButtonElement>, index: number) => {
    const stage = event.currentTarget.parentElement?.getBoundingClientRect();
    if (!dragging || !stage) return;
    setDragging({
      index,
      point: clampPoint({ x: (event.clientX - stage.left) / stage.width, y: (event.clientY - stage.top) / stage.height }),
    });
  };
  const onPointerUp = () => {
    if (dragging) onChange(shown);
    setDragging(null);
  };
  const onKeyDown = (event: KeyboardEvent, index: number) => {
    const arrow = arrows[event.key];
    if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault();
      onChange(path.filter((_, i) => i !== index));
    } else if (arrow) {
      event.preventDefault();
      const step = event.shiftKey ? NUDGE_FAR : NUDGE;
      onChange(path.map((p, i) => (i === index ? clampPoint({ x: p.x + arrow.x * step, y: p.y + arrow.y * step }) : p)));
    }
  };

  return shown.map((point, index) => (
    <button
      // Points are addressed by place; a path has no other identity for them.
      key={index}
      type="button"
      aria-label={t('motionBrush.point', { name, n: index + 1, count: path.length, x: percent(point.x), y: percent(point.y) })}
      onPointerDown={(event) => onPointerDown(event, index)}
      onPointerMove={(event) => onPointerMove(event, index)}
      onPointerUp={onPointerUp}
      onPointerCancel={() => setDragging(null)}
      onKeyDown={(event) => onKeyDown(event, index)}
      style={{ left: `${point.x * 100}%`, top: `${point.y * 100}%` }}
      className="group absolute flex size-7 -translate-x-1/2 -translate-y-1/2 touch-none items-center justify-center rounded-full focus-visible:outline-2 focus-visible:outline-amber-400"
    >
      <span
        className="size-3.5 rounded-full border-2 border-neutral-950 shadow group-hover:scale-125"
        style={{ backgroundColor: colour }}
      />
    </button>
  ));
};
