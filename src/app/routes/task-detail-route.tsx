import { Suspense, useState } from 'react';
import { useOpenTaskKey } from './task-hash.ts';
import { lazyFeature } from '../lazy-feature.tsx';

// Only a URL naming a task needs the dialog, its player and what Remix / Run again use: loaded on demand.
const TaskDetailView = lazyFeature(() => import('./task-detail-view.tsx').then((m) => m.TaskDetailView));

/** Loads the task detail the first time the URL names a task, then keeps it (it finishes a Remix after closing). */
export const TaskDetailRoute = () => {
  const named = useOpenTaskKey() !== null;
  const [loaded, setLoaded] = useState(named);
  if (named && !loaded) setLoaded(true);
  return loaded ? (
    <Suspense fallback={null}>
      <TaskDetailView />
    </Suspense>
  ) : null;
};
