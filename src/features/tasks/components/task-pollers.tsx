import { useQueries } from '@tanstack/react-query';
import { useShallow } from 'zustand/react/shallow';
import { taskQueryOptions } from '../api/task-query-options.ts';
import { useTaskRecordsStore } from '../stores/task-records-store.ts';
import { isFinished } from '../utils/task-record.ts';

/**
 * One query per unfinished task, mounted once for the whole app: polling does not
 * depend on which cards are on screen, and a finished task has no query at all.
 * Renders nothing.
 */
export const TaskPollers = () => {
  const unfinished = useTaskRecordsStore(useShallow((state) => state.records.filter((record) => !isFinished(record))));
  useQueries({ queries: unfinished.map((record) => taskQueryOptions(record.ref, record.submittedAt)) });
  return null;
};
