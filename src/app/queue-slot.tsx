import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../components/button.tsx';
import { useQueueStore } from '../features/queue/stores/queue-store.ts';
import { useTaskRecordsStore } from '../features/tasks/stores/task-records-store.ts';
import { lazyFeature } from './lazy-feature.tsx';
import { loadIntoComposer } from './load-into-composer.ts';
import { countRunning } from './running-tasks.ts';

const QueuePanel = lazyFeature(() => import('../features/queue/components/queue-panel.tsx').then((m) => m.QueuePanel));

/**
 * The queue panel above the gallery whenever something is queued (loaded the first
 * time it is); while empty, one quiet button opens it to set the limit ahead of a batch.
 */
export const QueueSlot = () => {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const queued = useQueueStore((state) => state.items.length > 0);
  const limit = useQueueStore((state) => state.limit);
  // Recounted when the history changes (a task finished), not on a clock: the window only matters for tasks hours old.
  const running = useTaskRecordsStore((state) => (state.hydrated ? countRunning(state.records, Date.now()) : null));
  if (!queued && !opened)
    return (
      <Button variant="ghost" className="py-1 text-xs" aria-expanded={false} onClick={() => setOpened(true)}>
        {t('batchEntry.queueSettings', { count: limit })}
      </Button>
    );
  return (
    <div className="space-y-1">
      {!queued ? (
        <Button variant="ghost" className="py-1 text-xs" aria-expanded onClick={() => setOpened(false)}>
          {t('batchEntry.hideQueue')}
        </Button>
      ) : null}
      <Suspense fallback={null}>
        <QueuePanel running={running} onLoadIntoComposer={loadIntoComposer} />
      </Suspense>
    </div>
  );
};
