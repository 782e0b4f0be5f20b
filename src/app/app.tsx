import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Toaster } from '../components/toaster.tsx';
import { AppHeader } from './app-header.tsx';
import { StudioPage } from './studio-page.tsx';
import { TaskDetailRoute } from './task-detail-route.tsx';
import { openTask } from './task-route.ts';

// Both render nothing; they carry the gateway client and its schemas, so they load on demand.
const TaskPollers = lazy(() => import('../features/tasks/components/task-pollers.tsx').then((m) => ({ default: m.TaskPollers })));
const FinishNotices = lazy(() => import('../features/tasks/components/finish-notices.tsx').then((m) => ({ default: m.FinishNotices })));

export const App = () => {
  const { t } = useTranslation();
  return (
    <div className="min-h-screen">
      <AppHeader />
      <StudioPage />
      <TaskDetailRoute />
      {/* Polling and finish notices run whatever is on screen. */}
      <Suspense fallback={null}>
        <TaskPollers />
        <FinishNotices onOpen={openTask} />
      </Suspense>
      <Toaster label={t('gallery.toasts')} closeLabel={t('gallery.closeToast')} />
    </div>
  );
};
