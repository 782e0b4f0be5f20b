import { type ReactNode, useEffect } from 'react';

// Nothing here may delay the composer: the query client and its provider come with
// the UI loaded on demand (lazy-feature.tsx), not with the first screen.
export const AppProviders = ({ children }: { children: ReactNode }) => {
  useEffect(() => {
    // The history (IndexedDB's library with it) loads after first paint: the composer
    // is usable at once, and anything submitted meanwhile merges in when it arrives.
    let stop: (() => void) | null = null;
    let cancelled = false;
    void Promise.all([import('../generation/records/task-services.ts'), import('./on-demand.tsx')]).then(
      ([{ startTaskServices }, { queryClient }]) => {
        if (!cancelled) stop = startTaskServices(queryClient);
      },
    );
    return () => {
      cancelled = true;
      stop?.();
    };
  }, []);
  return children;
};
