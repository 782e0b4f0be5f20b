import { useSyncExternalStore } from 'react';
import { useDraftStore } from '../stores/draft-store.ts';

// Drafts load from IndexedDB asynchronously; typing before they arrive would be overwritten.
export const useDraftHydrated = () =>
  useSyncExternalStore(
    (onChange) => useDraftStore.persist.onFinishHydration(onChange),
    () => useDraftStore.persist.hasHydrated(),
  );
