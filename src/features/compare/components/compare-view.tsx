import { type KeyboardEvent, useCallback, useState } from 'react';
import { useTranslation } from '../../../lib/use-translation.ts';
import { useFileSizes } from '../hooks/use-file-sizes.ts';
import { useVideoSync } from '../hooks/use-video-sync.ts';
import type { CompareMember } from '../utils/compare-member.ts';
import type { MeasuredFacts, VideoFacts } from './clip-facts.tsx';
import { ClipGrid } from './clip-grid.tsx';
import { CompareHeader, type Layout } from './compare-header.tsx';
import { DiffTable } from './diff-table.tsx';
import { TransportBar } from './transport-bar.tsx';
import { WipeView } from './wipe-view.tsx';

type CompareViewProps = { members: CompareMember[]; onClose: () => void };

const isTyping = (target: EventTarget) =>
  target instanceof HTMLInputElement ||
  target instanceof HTMLSelectElement ||
  target instanceof HTMLTextAreaElement ||
  (target instanceof HTMLElement && target.getAttribute('role') === 'slider');

/**
 * A comparison set on one screen: the clips under one transport, what was measured
 * about each, and what differs in their requests. Members arrive as props and
 * update as polling lands, so a clip still being made shows up when it is ready.
 */
export const CompareView = ({ members, onClose }: CompareViewProps) => {
  const { t } = useTranslation();
  const { sync, state, enrol } = useVideoSync();
  // Side by side stacks the clips on a phone, one under the other: there, a wipe shows both at once.
  const [layout, setLayout] = useState<Layout>(() => (globalThis.matchMedia?.('(max-width: 639px)').matches ? 'wipe' : 'side'));
  const [videoFacts, setVideoFacts] = useState<Record<string, VideoFacts>>({});
  const sizes = useFileSizes(members.map((member) => ({ key: member.key, url: member.clipUrl ? member.sizeUrl : null })));
  const onFacts = useCallback((key: string, facts: VideoFacts) => setVideoFacts((current) => ({ ...current, [key]: facts })), []);
  const facts: Record<string, MeasuredFacts> = Object.fromEntries(
    members.map((member) => [member.key, { video: videoFacts[member.key], size: sizes[member.key] }]),
  );
  const aspect = members.find((member) => member.request)?.request?.aspectRatio ?? '16:9';
  const [left, right] = members;
  const canWipe = members.length === 2 && Boolean(left?.clipUrl && right?.clipUrl);
  const shown: Layout = layout === 'wipe' && canWipe ? 'wipe' : 'side';

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const onButton = event.target instanceof HTMLButtonElement;
    if (event.key === ' ' && !onButton && !isTyping(event.target)) void sync.toggle();
    else if (event.key === ',') void sync.step(-1);
    else if (event.key === '.') void sync.step(1);
    else if (event.key === 'ArrowLeft' && !isTyping(event.target)) void sync.seek(sync.getTime() - 1);
    else if (event.key === 'ArrowRight' && !isTyping(event.target)) void sync.seek(sync.getTime() + 1);
    else return;
    event.preventDefault();
  };

  return (
    <div className="flex min-h-full flex-col" onKeyDown={onKeyDown}>
      <CompareHeader members={members} layout={shown} canWipe={canWipe} onLayout={setLayout} onClose={onClose} />
      <div className="flex-1 space-y-4 p-3 sm:p-4">
        {shown === 'wipe' && left && right ? (
          <WipeView left={left} right={right} facts={facts} enrol={enrol} onFacts={onFacts} aspect={aspect} />
        ) : (
          <ClipGrid members={members} facts={facts} enrol={enrol} onFacts={onFacts} aspect={aspect} />
        )}
        <DiffTable members={members} />
      </div>
      <div className="sticky bottom-0 z-20 space-y-1 border-t border-neutral-800 bg-neutral-950 px-4 py-2.5">
        <TransportBar sync={sync} state={state} />
        <p className="hidden text-[11px] text-neutral-400 sm:block">{t('compare.keys')}</p>
      </div>
    </div>
  );
};
