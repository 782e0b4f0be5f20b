import { type KeyboardEvent, type PointerEvent, useRef, useState } from 'react';
import { useTranslation } from '../../../lib/use-translation.ts';
import { captionText } from '../../../generation/sets/set-caption.ts';
import { useClipRef } from '../hooks/use-clip-ref.ts';
import type { CompareMember } from '../utils/compare-member.ts';
import { CaptionChip } from './caption-chip.tsx';
import { ClipFacts, type MeasuredFacts, type VideoFacts } from './clip-facts.tsx';
import { CompareVideo } from './compare-video.tsx';
import type { Enrol } from '../hooks/use-video-sync.ts';

type WipeViewProps = {
  left: CompareMember;
  right: CompareMember;
  facts: Record<string, MeasuredFacts>;
  enrol: Enrol;
  onFacts: (key: string, facts: VideoFacts) => void;
  aspect: string;
};

const clamp = (value: number) => Math.min(100, Math.max(0, value));
// The frame must be exactly the picture's shape, so the divider's percentage is the picture's too:
// tall and square clips get a width from the height they may take.
const aspectClass: Record<string, string> = {
  '9:16': 'aspect-[9/16] w-[min(100%,calc(68vh*9/16))]',
  '1:1': 'aspect-square w-[min(100%,68vh)]',
};

/**
 * Two clips on top of each other: the left clip shows left of the divider, the right
 * clip right of it. Drag the divider, or focus it and use the arrow keys.
 */
export const WipeView = ({ left, right, facts, enrol, onFacts, aspect }: WipeViewProps) => {
  const { t } = useTranslation();
  const [split, setSplit] = useState(50);
  const frame = useRef<HTMLDivElement>(null);
  const dragging = useRef(false);

  const moveTo = (clientX: number) => {
    const box = frame.current?.getBoundingClientRect();
    if (box && box.width > 0) setSplit(clamp(((clientX - box.left) / box.width) * 100));
  };
  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    dragging.current = true;
    event.currentTarget.setPointerCapture(event.pointerId);
    moveTo(event.clientX);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const by = event.shiftKey ? 10 : 2;
    const next = {
      ArrowLeft: split - by,
      ArrowDown: split - by,
      ArrowRight: split + by,
      ArrowUp: split + by,
      Home: 0,
      End: 100,
      PageDown: split - 10,
      PageUp: split + 10,
    }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    // The transport also listens for arrows; the divider has them while it has focus.
    event.stopPropagation();
    setSplit(clamp(next));
  };
  const leftRef = useClipRef(left.key, enrol, onFacts);
  const rightRef = useClipRef(right.key, enrol, onFacts);

  return (
    <div className="space-y-3">
      <div
        ref={frame}
        className={`relative mx-auto touch-none overflow-hidden rounded-lg bg-black ring-1 ring-neutral-800 select-none ${aspectClass[aspect] ?? 'aspect-video w-[min(100%,calc(68vh*16/9))]'}`}
        onPointerDown={onPointerDown}
        onPointerMove={(event) => dragging.current && moveTo(event.clientX)}
        onPointerUp={() => (dragging.current = false)}
        onPointerCancel={() => (dragging.current = false)}
      >
        <CompareVideo key={right.clipUrl ?? right.key} member={right} clipRef={rightRef} />
        <CompareVideo key={left.clipUrl ?? left.key} member={left} clipRef={leftRef} style={{ clipPath: `inset(0 ${100 - split}% 0 0)` }} />
        <div className="pointer-events-none absolute top-2 left-2">
          <CaptionChip member={left} index={0} />
        </div>
        <div className="pointer-events-none absolute top-2 right-2">
          <CaptionChip member={right} index={1} />
        </div>
        <div
          role="slider"
          tabIndex={0}
          aria-label={t('compare.wipeDivider', { left: captionText(left.set, t), right: captionText(right.set, t) })}
          aria-orientation="horizontal"
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={Math.round(split)}
          aria-valuetext={t('compare.wipeValue', { percent: Math.round(split), left: captionText(left.set, t) })}
          onKeyDown={onKeyDown}
          className="group absolute inset-y-0 -ml-3 flex w-6 cursor-ew-resize justify-center outline-hidden"
          style={{ left: `${split}%` }}
        >
          <div className="h-full w-0.5 bg-white/90 shadow-[0_0_6px_rgba(0,0,0,0.8)] group-focus-visible:bg-amber-400" />
          <div className="absolute top-1/2 -translate-y-1/2 rounded-full border-2 border-white bg-neutral-900/80 px-1.5 py-1 text-[10px] leading-none text-white group-focus-visible:border-amber-400">
            ◀▶
          </div>
        </div>
      </div>
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
        {[left, right].map((member, index) => (
          <div key={member.key} className="space-y-1.5 rounded-xl border border-neutral-800 bg-neutral-900/50 p-2">
            <CaptionChip member={member} index={index} />
            <ClipFacts
              member={member}
              facts={facts[member.key] ?? {}}
              baseline={index === 1 ? { facts: facts[left.key] ?? {}, member: left } : null}
            />
          </div>
        ))}
      </div>
    </div>
  );
};
