import { type QueryClient, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { taskKeys } from '../../../generation/polling/task-keys.ts';
import { isKeyRefused, useKeyRefusedStore } from '../../../generation/key-refused-store.ts';

const isTaskKey = (key: readonly unknown[]) => key[0] === taskKeys.all[0];

/**
 * Watches every poll and create for a refused key (401) and raises the one global
 * state, outside the queryFn: fetching stays free of side effects.
 */
export const watchKeyRefused = (client: QueryClient) => {
  const refuse = (error: unknown) => {
    if (isKeyRefused(error)) useKeyRefusedStore.getState().refuse();
  };
  const stopQueries = client.getQueryCache().subscribe((event) => {
    if (event.type !== 'updated' || !isTaskKey(event.query.queryKey)) return;
    if (event.action.type === 'failed' || event.action.type === 'error') refuse(event.action.error);
  });
  const stopMutations = client.getMutationCache().subscribe((event) => {
    if (event.type === 'updated' && event.action.type === 'error') refuse(event.action.error);
  });
  return () => {
    stopQueries();
    stopMutations();
  };
};

export const useWatchKeyRefused = () => {
  const client = useQueryClient();
  useEffect(() => watchKeyRefused(client), [client]);
};
