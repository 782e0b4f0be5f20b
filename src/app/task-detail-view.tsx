import { useEffect, useRef } from 'react';
import { TaskDetailDialog } from '../features/tasks/components/task-detail-dialog.tsx';
import { findRecord, useTaskRecordsStore } from '../features/tasks/stores/task-records-store.ts';
import { hasOtherModeTwin } from './other-mode.ts';
import { loadIntoComposer } from './load-into-composer.ts';
import { closeTask, useOpenTaskKey } from './task-route.ts';
import { useSendSubmissions } from './use-send-submissions.ts';
import { openSet, setHref } from './set-route.ts';

// Links from a task to its comparison set: the compare view takes the detail's place, so Back returns to the studio.
const setLinks = { href: setHref, open: (setId: string) => openSet(setId, { replace: true }) };

/**
 * The task detail dialog when the URL names a task; Remix and Run again reach the composer and the gateway from here.
 * Loaded on demand by task-detail-route.tsx, and stays mounted once loaded: a Remix runs after the dialog has closed.
 */
export const TaskDetailView = () => {
  const taskKey = useOpenTaskKey();
  const submit = useSendSubmissions();
  const hasOtherMode = useTaskRecordsStore((state) => {
    const record = taskKey ? findRecord(state.records, taskKey) : undefined;
    return record ? hasOtherModeTwin(record, state.records) : false;
  });
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
      onRunAgain={(request, surface) => {
        submit.send([{ request }], surface);
        closeTask();
      }}
      hasOtherMode={hasOtherMode}
      onRunOtherMode={(record) =>
        import('./run-other-mode.ts').then(({ runOtherMode }) => {
          const setId = runOtherMode(record, submit.send);
          // The pair is what the person wants to see next: the compare view takes the detail's place in history.
          if (setId) openSet(setId, { replace: true });
        })
      }
      setLinks={setLinks}
    />
  );
};
