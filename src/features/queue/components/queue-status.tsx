import { useTranslation } from '../../../lib/use-translation.ts';
import { useSecondsUntil } from '../hooks/use-seconds-until.ts';
import { useQueueStore } from '../../../generation/queue/queue-store.ts';

const Line = ({ text, busy = false }: { text: string; busy?: boolean }) => (
  <p data-testid="queue-status" className={`text-sm ${busy ? 'text-amber-200' : 'text-neutral-400'}`}>
    {text}
  </p>
);

// Keyed by the time it counts to, so its clock starts afresh with each new wait.
const BusyLine = ({ until, otherwise }: { until: number; otherwise: string }) => {
  const { t } = useTranslation();
  const seconds = useSecondsUntil(until) ?? 0;
  return seconds > 0 ? <Line busy text={t('queue.status.busy', { seconds })} /> : <Line text={otherwise} />;
};

/** What the queue is doing now, in one line. Not a live region: the countdown would speak every second. */
export const QueueStatus = ({ running }: { running: number | null }) => {
  const { t } = useTranslation();
  const { items, limit, paused, backoff } = useQueueStore();
  const waiting = items.filter((item) => item.state === 'waiting').length;
  const sending = items.filter((item) => item.state === 'sending').length;
  let text: string;
  if (paused) text = t('queue.status.paused', { waiting });
  else if (waiting === 0 && sending === 0) text = t('queue.status.idle');
  else if (running === null) text = t('queue.status.loading');
  else if (sending > 0) text = t('queue.status.sending', { sending, running, waiting });
  else text = t('queue.status.full', { running, limit, waiting });
  return backoff ? <BusyLine key={backoff.until} until={backoff.until} otherwise={text} /> : <Line text={text} />;
};
