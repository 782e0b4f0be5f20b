import { useSyncExternalStore } from 'react';
import { draftSavedAtStart, useDraftStore } from '../stores/draft-store.ts';

// A saved draft loads from IndexedDB asynchronously, and typing before it arrives
// would be overwritten, so the composer waits for it. With nothing saved (a first
// visit) there is nothing to wait for.
export const useDraftHydrated = () =>
  useSyncExternalStore(
    (onChange) => useDraftStore.persist.onFinishHydration(onChange),
    () => !draftSavedAtStart || useDraftStore.persist.hasHydrated(),
  );
