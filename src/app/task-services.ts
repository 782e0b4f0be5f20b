import type { QueryClient } from '@tanstack/react-query';
import { startTaskHistory } from '../features/tasks/stores/task-history.ts';
import { syncTaskRecords } from '../features/tasks/utils/sync-task-records.ts';

// The task history (IndexedDB through dexie, every row validated with zod) and the
// copy of gateway answers into it. Loaded on demand by AppProviders: the composer
// must not wait for either (npm run bench, "initial JS").
export const startTaskServices = (queryClient: QueryClient): (() => void) => {
  const history = startTaskHistory();
  const stopSync = syncTaskRecords(queryClient);
  return () => {
    stopSync();
    history.stop();
  };
};
