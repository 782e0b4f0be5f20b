import { Suspense } from 'react';
import { useTranslation } from '../lib/use-translation.ts';
import { Toaster } from '../components/toaster.tsx';
import { AppHeader } from './app-header.tsx';
import { StudioPage } from './routes/studio-page.tsx';
import { TaskDetailRoute } from './routes/task-detail-route.tsx';
import { CompareRoute } from './routes/compare-route.tsx';
import { openTask } from './routes/task-hash.ts';
import { lazyFeature } from './lazy-feature.tsx';

// Both render nothing; they carry the gateway client and its schemas, so they load on demand.
// Polling keeps on in a hidden tab while queued items wait for a slot (queue-aware-pollers.tsx).
const TaskPollers = lazyFeature(() => import('../features/tasks/components/queue-aware-pollers.tsx').then((m) => m.QueueAwarePollers));
const FinishNotices = lazyFeature(() => import('../features/tasks/components/finish-notices.tsx').then((m) => m.FinishNotices));
// The submission queue's sender (gateway client, IndexedDB, zod): Generate only enqueues, so it can arrive later.
const QueueService = lazyFeature(() => import('./queue-service.tsx').then((m) => m.QueueService));

export const App = () => {
  const { t } = useTranslation();
  return (
    <div className="min-h-screen">
      <AppHeader />
      <StudioPage />
      <TaskDetailRoute />
      <CompareRoute />
      {/* Polling and finish notices run whatever is on screen. */}
      <Suspense fallback={null}>
        <TaskPollers />
        <FinishNotices onOpen={openTask} />
        <QueueService />
      </Suspense>
      <Toaster label={t('app.toasts')} closeLabel={t('app.closeToast')} />
    </div>
  );
};
