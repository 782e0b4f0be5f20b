import type { QueryClient } from '@tanstack/react-query';
import { startTaskHistory } from './task-history.ts';
import { syncTaskRecords } from './sync-task-records.ts';

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
