import { useEffect, useRef } from 'react';
import { TaskDetailDialog } from '../../features/tasks/components/task-detail-dialog.tsx';
import { loadIntoComposer } from '../load-into-composer.ts';
import { closeTask, useOpenTaskKey } from './task-hash.ts';
import { openSet, setHref } from './set-hash.ts';

// Links from a task to its comparison set: the compare view takes the detail's place, so Back returns to the studio.
const setLinks = { href: setHref, open: (setId: string) => openSet(setId, { replace: true }) };

/**
 * The task detail dialog when the URL names a task; Remix reaches the composer from here.
 * Loaded on demand by task-detail-route.tsx, and stays mounted once loaded: a Remix runs after the dialog has closed.
 */
export const TaskDetailView = () => {
  const taskKey = useOpenTaskKey();
  // Runs once the dialog is gone and has handed focus back, so the composer can take it.
  const afterClose = useRef<(() => void) | null>(null);
  useEffect(() => {
    if (taskKey || !afterClose.current) return;
    const run = afterClose.current;
    afterClose.current = null;
    run();
  }, [taskKey]);

  if (!taskKey) return null;
  return (
    <TaskDetailDialog
      key={taskKey}
      taskKey={taskKey}
      onClose={closeTask}
      onRemix={(request) => {
        afterClose.current = () => loadIntoComposer(request);
        closeTask();
      }}
      setLinks={setLinks}
    />
  );
};
