import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from '../../../lib/use-translation.ts';
import type { GenerationRequest } from '../../../api/generation-request.schema.ts';
import { Button } from '../../../components/button.tsx';
import { useQueueErrorText } from '../hooks/use-queue-error-text.ts';
import { useQueueStore } from '../../../generation/queue/queue-store.ts';
import { itemLabel, QUEUE_LIMIT_MAX, type QueueItem } from '../../../generation/queue/queue-item.ts';
import { byPosition, moveItem } from '../../../generation/queue/schedule.ts';
import { QueueItemRow } from './queue-item-row.tsx';
import { QueueStatus } from './queue-status.tsx';
import { focusAction } from '../../../lib/focus-action.ts';

type QueuePanelProps = {
  running: number | null; // the studio's unfinished tasks at the gateway, from the history
  onLoadIntoComposer: (request: GenerationRequest) => void;
};

/** The submission queue: what waits, in what order, and the controls to change it. */
export const QueuePanel = ({ running, onLoadIntoComposer }: QueuePanelProps) => {
  const { t } = useTranslation();
  const promptOf = (item: QueueItem) => itemLabel(item) ?? t('queue.untitled');
  const headingId = useId();
  const limitId = useId();
  const { items, limit, paused, droppedOnLoad, storageProblem, pauseReason } = useQueueStore();
  const { reorder, remove, retry, retryAllFailed, setPaused, setLimit } = useQueueStore.getState();
  const errorText = useQueueErrorText();
  const [announcement, setAnnouncement] = useState('');
  const listRef = useRef<HTMLOListElement>(null);

  const ordered = [...items].sort(byPosition);
  const sending = ordered.filter((item) => item.state === 'sending');
  const queued = ordered.filter((item) => item.state !== 'sending');
  const waitingCount = queued.filter((item) => item.state === 'waiting').length;
  const failedCount = queued.filter((item) => item.state === 'failed').length;

  // Say once when the gateway turns us away, and when an item is refused (not every second of the countdown).
  useEffect(
    () =>
      useQueueStore.subscribe((state, prev) => {
        if (state.backoff && state.backoff !== prev.backoff)
          setAnnouncement(t('queue.status.busy', { seconds: Math.max(0, Math.ceil((state.backoff.until - Date.now()) / 1000)) }));
        const before = new Map(prev.items.map((item) => [item.id, item.state]));
        const refused = state.items.find((item) => item.state === 'failed' && before.get(item.id) !== 'failed');
        if (refused?.error) setAnnouncement(t('queue.announce.failed', { prompt: promptOf(refused), message: errorText(refused.error) }));
        if (state.pauseReason && state.pauseReason !== prev.pauseReason)
          setAnnouncement(t('queue.announce.pausedFor', { reason: errorText(state.pauseReason) }));
      }),
    // errorText and promptOf are remade each render but only read t.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [t],
  );

  // When the focused row's control goes away (Cancel, Remove, Try again), keep the keyboard
  // in the list: the same row if it is still there, else the row now in its place, else Pause.
  const keepFocus = (item: QueueItem) => {
    const rows = [...(listRef.current?.querySelectorAll<HTMLElement>('[data-item]') ?? [])];
    const index = rows.findIndex((row) => row.dataset.item === item.id);
    requestAnimationFrame(() => {
      const list = listRef.current;
      if (!list || list.contains(document.activeElement)) return;
      const pause = list.closest('section')?.querySelector<HTMLButtonElement>('button[aria-pressed]');
      const now = [...list.querySelectorAll<HTMLElement>('[data-item]')];
      const row = now.find((r) => r.dataset.item === item.id) ?? now[Math.min(index, now.length - 1)];
      (row?.querySelector<HTMLButtonElement>('button:not(:disabled)') ?? pause)?.focus();
    });
  };

  const onMove = (item: QueueItem, delta: -1 | 1) => {
    const index = queued.indexOf(item);
    reorder((items) => moveItem(items, item.id, delta));
    setAnnouncement(t('queue.announce.moved', { prompt: promptOf(item), position: index + 1 + delta }));
    // The row re-renders in its new place: keep the keyboard on the same control.
    requestAnimationFrame(() => {
      const row = listRef.current?.querySelector(`[data-item="${item.id}"]`);
      focusAction(row, delta < 0 ? 'up' : 'down');
    });
  };
  const onRemove = (item: QueueItem) => {
    keepFocus(item);
    remove(item.id);
    setAnnouncement(t('queue.announce.cancelled', { prompt: promptOf(item) }));
  };
  const onRetry = (item: QueueItem) => {
    keepFocus(item);
    retry(item.id);
  };
  const onRetryAll = () => {
    retryAllFailed();
    setAnnouncement(t('queue.announce.retriedAll', { count: failedCount }));
  };
  const togglePaused = () => {
    setPaused(!paused);
    setAnnouncement(t(paused ? 'queue.announce.resumed' : 'queue.announce.paused'));
  };

  return (
    <section aria-labelledby={headingId} className="space-y-3 rounded-xl border border-neutral-800 bg-neutral-900/40 p-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id={headingId} className="text-lg font-semibold">
          {t('queue.heading')} <span className="text-sm font-normal text-neutral-400">· {t('queue.count', { count: waitingCount })}</span>
        </h2>
        <div className="flex items-center gap-3">
          <label htmlFor={limitId} className="text-sm text-neutral-300" title={t('queue.limitHint')}>
            {t('queue.limit')}
          </label>
          <input
            id={limitId}
            type="number"
            min={1}
            max={QUEUE_LIMIT_MAX}
            value={limit}
            onChange={(event) => {
              if (event.target.value === '') return;
              setLimit(Number(event.target.value));
              setAnnouncement(t('queue.announce.limit', { count: Number(event.target.value) }));
            }}
            className="w-16 rounded-lg border border-neutral-700 bg-neutral-900 px-2 py-1 text-sm"
          />
          {failedCount > 1 ? (
            <Button variant="ghost" onClick={onRetryAll}>
              {t('queue.retryAll')}
            </Button>
          ) : null}
          <Button variant={paused ? 'primary' : 'secondary'} onClick={togglePaused} aria-pressed={paused}>
            {paused ? t('queue.resume') : t('queue.pause')}
          </Button>
        </div>
      </div>
      <QueueStatus running={running} />
      {paused && pauseReason ? <p className="text-sm text-amber-200">{t('queue.pausedFor', { reason: errorText(pauseReason) })}</p> : null}
      {droppedOnLoad > 0 ? <p className="text-xs text-amber-200">{t('queue.dropped', { count: droppedOnLoad })}</p> : null}
      {storageProblem ? <p className="text-xs text-amber-200">{t('queue.storage', { problem: storageProblem })}</p> : null}
      <ol ref={listRef} className="max-h-80 space-y-1.5 overflow-y-auto" aria-labelledby={headingId}>
        {[...sending, ...queued].map((item) => {
          const index = queued.indexOf(item);
          return (
            <QueueItemRow
              key={item.id}
              item={item}
              position={index + 1}
              first={index <= 0}
              last={index === queued.length - 1}
              onMove={(delta) => onMove(item, delta)}
              onRemove={() => onRemove(item)}
              onRetry={() => onRetry(item)}
              onLoad={onLoadIntoComposer}
            />
          );
        })}
      </ol>
      <p role="status" aria-live="polite" className="sr-only">
        {announcement}
      </p>
    </section>
  );
};
