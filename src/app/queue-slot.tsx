import { Suspense, useState } from 'react';
import { useTranslation } from '../lib/use-translation.ts';
import { Button } from '../components/button.tsx';
import { useQueueStore } from '../generation/queue/queue-store.ts';
import { lazyFeature } from './lazy-feature.tsx';

// The panel, the history it counts running tasks from and Load into composer arrive with the first open.
const QueueSlotPanel = lazyFeature(() => import('./queue-slot-panel.tsx').then((m) => m.QueueSlotPanel));

/**
 * The queue panel above the gallery whenever something is queued (loaded the first
 * time it is); while empty, one quiet button opens it to set the limit ahead of a batch.
 */
export const QueueSlot = () => {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const queued = useQueueStore((state) => state.items.length > 0);
  const limit = useQueueStore((state) => state.limit);
  // One toggle in one place, open or not: two buttons swapped on a press dropped the focus.
  return (
    <div className="space-y-1">
      {!queued ? (
        <Button variant="ghost" className="py-1 text-xs" aria-expanded={opened} onClick={() => setOpened(!opened)}>
          {opened ? t('batchEntry.hideQueue') : t('batchEntry.queueSettings', { limit })}
        </Button>
      ) : null}
      {queued || opened ? (
        <Suspense fallback={null}>
          <QueueSlotPanel />
        </Suspense>
      ) : null}
    </div>
  );
};
