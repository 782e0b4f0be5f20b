import { QueryClientProvider } from '@tanstack/react-query';
import { type ReactNode, useEffect, useState } from 'react';
import { createQueryClient } from './query-client.ts';

export const AppProviders = ({ children }: { children: ReactNode }) => {
  const [queryClient] = useState(createQueryClient);
  useEffect(() => {
    // The history (IndexedDB's library with it) loads after first paint: the composer
    // is usable at once, and anything submitted meanwhile merges in when it arrives.
    let stop: (() => void) | null = null;
    let cancelled = false;
    void import('./task-services.ts').then(({ startTaskServices }) => {
      if (!cancelled) stop = startTaskServices(queryClient);
    });
    return () => {
      cancelled = true;
      stop?.();
    };
  }, [queryClient]);
  return <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
};
