import { useTranslation } from '../../../lib/use-translation.ts';
import type { GenerationRequest } from '../../../api/generation-request.schema.ts';
import { Button } from '../../../components/button.tsx';
import { itemLabel, type QueueItem } from '../../../generation/queue/queue-item.ts';
import { useQueueErrorText } from '../hooks/use-queue-error-text.ts';

type QueueItemRowProps = {
  item: QueueItem;
  position: number; // 1-based, among items not yet sent
  first: boolean;
  last: boolean;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
  onRetry: () => void;
  onLoad: (request: GenerationRequest) => void;
};

const small = 'px-2 py-1 text-xs';

export const QueueItemRow = ({ item, position, first, last, onMove, onRemove, onRetry, onLoad }: QueueItemRowProps) => {
  const { t } = useTranslation();
  const errorText = useQueueErrorText();
  const { request, set } = item.submission;
  const prompt = itemLabel(item) ?? t('queue.untitled');
  const error = item.error;
  return (
    <li
      data-item={item.id}
      className={`flex flex-wrap items-center gap-2 rounded-lg border px-3 py-2 ${item.state === 'failed' ? 'border-rose-500/40 bg-rose-950/20' : 'border-neutral-800 bg-neutral-900/60'}`}
    >
      <span className="w-8 shrink-0 text-xs tabular-nums text-neutral-400">
        {item.state === 'sending' ? '…' : t('queue.position', { position })}
      </span>
      <span className="min-w-0 flex-1">
        <span className="block truncate text-sm" title={request.prompt}>
          {prompt}
        </span>
        <span className="block text-xs text-neutral-400">
          {request.mode} · {request.duration} s{set ? ` · ${t('queue.inSet', { position: set.position + 1 })}` : ''}
          {item.state === 'sending' ? ` · ${t('queue.sending')}` : ''}
        </span>
        {error ? (
          <span className="block text-xs text-rose-300">
            {t('queue.failed')}: {errorText(error)}
          </span>
        ) : null}
      </span>
      {item.state === 'waiting' ? (
        <span className="flex gap-1">
          <Button
            variant="ghost"
            className={small}
            disabled={first}
            data-action="up"
            aria-label={t('queue.moveUp', { prompt })}
            onClick={() => onMove(-1)}
          >
            ↑ {t('queue.moveUpShort')}
          </Button>
          <Button
            variant="ghost"
            className={small}
            disabled={last}
            data-action="down"
            aria-label={t('queue.moveDown', { prompt })}
            onClick={() => onMove(1)}
          >
            ↓ {t('queue.moveDownShort')}
          </Button>
          <Button variant="ghost" className={small} aria-label={t('queue.cancel', { prompt })} onClick={onRemove}>
            {t('queue.cancelShort')}
          </Button>
        </span>
      ) : null}
      {item.state === 'failed' ? (
        <span className="flex gap-1">
          <Button variant="ghost" className={small} aria-label={t('queue.load', { prompt })} onClick={() => onLoad(request)}>
            {t('queue.loadShort')}
          </Button>
          <Button variant="ghost" className={small} aria-label={t('queue.retry', { prompt })} onClick={onRetry}>
            {t('queue.retryShort')}
          </Button>
          <Button variant="ghost" className={small} aria-label={t('queue.remove', { prompt })} onClick={onRemove}>
            {t('queue.removeShort')}
          </Button>
        </span>
      ) : null}
    </li>
  );
};
