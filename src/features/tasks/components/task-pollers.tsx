import { useQueries } from '@tanstack/react-query';
import { useShallow } from 'zustand/react/shallow';
import { taskQueryOptions, type TaskPollOptions } from '../../../generation/polling/task-query-options.ts';
import { useWatchKeyRefused } from '../hooks/use-watch-key-refused.ts';
import { useKeyRefusedStore } from '../../../generation/key-refused-store.ts';
import { useTaskRecordsStore } from '../../../generation/records/task-records-store.ts';
import { isFinished, isUncertain } from '../../../generation/records/task-record.ts';
import { currentRunTimeEstimate } from '../../../generation/polling/current-run-time.ts';

/**
 * One query per unfinished task, mounted once for the whole app: polling does not
 * depend on which cards are on screen, and a finished task has no query at all (nor
 * does an uncertain submission: it has no id to ask about).
 * While the gateway refuses the key, every poller waits (each would only fail the
 * same way); "Try again" on the banner clears the state and they resume.
 * `inBackground` keeps them polling in a hidden tab (the app sets it while the queue waits).
 * Renders nothing.
 */
export const TaskPollers = ({ inBackground = false }: Pick<TaskPollOptions, 'inBackground'>) => {
  const unfinished = useTaskRecordsStore(
    useShallow((state) => state.records.filter((record) => !isFinished(record) && !isUncertain(record))),
  );
  const refused = useKeyRefusedStore((state) => state.refused);
  useWatchKeyRefused();
  useQueries({
    queries: unfinished.map((record) => ({
      ...taskQueryOptions(record.ref, record.submittedAt, { inBackground, estimate: () => currentRunTimeEstimate(record) }),
      enabled: !refused,
    })),
  });
  return null;
};
