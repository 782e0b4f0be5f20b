import { type KeyboardEvent, type PointerEvent, useRef } from 'react';
import { useTranslation } from '../../../lib/use-translation.ts';
import { moveCut, shotStarts, type Shot } from '../utils/shot-arithmetic.ts';

type ShotTimelineProps = { shots: Shot[]; duration: number; onChange: (shots: Shot[]) => void };

const SHOT_COLOURS = ['bg-sky-500/70', 'bg-rose-500/70', 'bg-lime-500/70', 'bg-amber-500/70', 'bg-violet-500/70', 'bg-orange-500/70'];
const sameLengths = (a: Shot[], b: Shot[]) => a.every((shot, i) => shot.duration === b[i]?.duration);

/** The clip as a bar of shots; each cut is a slider that can be dragged, or moved a second at a time with the keys. */
export const ShotTimeline = ({ shots, duration, onChange }: ShotTimelineProps) => {
  const { t } = useTranslation();
  const bar = useRef<HTMLDivElement>(null);
  const dragging = useRef<number | null>(null);
  const starts = shotStarts(shots);
  const change = (next: Shot[]) => {
    if (!sameLengths(next, shots)) onChange(next);
  };

  const secondsAt = (clientX: number) => {
    const rect = bar.current?.getBoundingClientRect();
    return rect ? ((clientX - rect.left) / rect.width) * duration : 0;
  };
  const onPointerDown = (event: PointerEvent, cut: number) => {
    event.currentTarget.setPointerCapture(event.pointerId);
    (event.currentTarget as HTMLElement).focus();
    dragging.current = cut;
  };
  const onPointerMove = (event: PointerEvent, cut: number) => {
    if (dragging.current === cut) change(moveCut(shots, cut, secondsAt(event.clientX)));
  };
  const onKeyDown = (event: KeyboardEvent, cut: number) => {
    const at =
      (starts[cut + 1] ?? 0) + ({ ArrowLeft: -1, ArrowDown: -1, ArrowRight: 1, ArrowUp: 1, PageDown: -2, PageUp: 2 }[event.key] ?? 0);
    const target = event.key === 'Home' ? 0 : event.key === 'End' ? duration : at;
    if (target === starts[cut + 1]) return;
    event.preventDefault();
    change(moveCut(shots, cut, target));
  };

  return (
    <div className="space-y-1">
      <div
        ref={bar}
        className="relative flex h-10 touch-none select-none overflow-hidden rounded-lg bg-neutral-950"
        data-testid="shot-timeline"
      >
        {shots.map((shot, i) => (
          <div
            key={i}
            className={`flex min-w-0 items-center justify-center border-r border-neutral-950 text-xs font-medium text-white last:border-r-0 ${SHOT_COLOURS[i % SHOT_COLOURS.length]}`}
            style={{ flexGrow: shot.duration, flexBasis: 0 }}
          >
            <span className="truncate px-1">
              {i + 1} · {t('compose.seconds', { count: shot.duration })}
            </span>
          </div>
        ))}
        {shots.slice(0, -1).map((shot, cut) => {
          const at = starts[cut + 1] ?? 0;
          const left = shot.duration;
          const right = shots[cut + 1]?.duration ?? 0;
          return (
            <div
              key={`cut-${cut}`}
              role="slider"
              tabIndex={0}
              aria-label={t('storyboard.cut', { a: cut + 1, b: cut + 2 })}
              aria-valuemin={(starts[cut] ?? 0) + 1}
              aria-valuemax={at + right - 1}
              aria-valuenow={at}
              aria-valuetext={t('storyboard.cutValue', { seconds: at, a: cut + 1, b: cut + 2, left, right })}
              onPointerDown={(event) => onPointerDown(event, cut)}
              onPointerMove={(event) => onPointerMove(event, cut)}
              onPointerUp={() => (dragging.current = null)}
              onKeyDown={(event) => onKeyDown(event, cut)}
              className="absolute inset-y-0 flex w-6 -translate-x-1/2 cursor-ew-resize items-center justify-center focus-visible:outline-2 focus-visible:outline-amber-400"
              style={{ left: `${(at / duration) * 100}%` }}
            >
              <span className="h-full w-1 rounded bg-white shadow-[0_0_0_1px_rgba(0,0,0,0.6)]" />
            </div>
          );
        })}
      </div>
      <div className="relative mx-1 h-3 text-[10px] tabular-nums text-neutral-400" aria-hidden>
        {Array.from({ length: duration + 1 }, (_, s) => (
          <span key={s} className="absolute -translate-x-1/2" style={{ left: `${(s / duration) * 100}%` }}>
            {s}
          </span>
        ))}
      </div>
    </div>
  );
};
