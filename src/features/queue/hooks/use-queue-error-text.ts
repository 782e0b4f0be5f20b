import { describeErrorFacts } from '../../../lib/describe-api-error.ts';
import { useTranslation } from '../../../lib/use-translation.ts';
import type { QueueError } from '../../../generation/queue/queue-item.ts';

/** A queue item's error in the reader's language: the row, the pause note and the announcements say it alike. */
export const useQueueErrorText = () => {
  const { t } = useTranslation();
  return (error: QueueError): string =>
    error.kind === 'storage' ? t('queue.storageFailed', { message: error.message }) : describeErrorFacts(t, error);
};
