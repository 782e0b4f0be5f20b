import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import { createVideoSync, type SyncState, type VideoSync } from '../utils/video-sync.ts';

/** A ref callback that enrols a <video> in the transport; the returned function lets it go. */
export type Enrol = (video: HTMLVideoElement | null) => (() => void) | undefined;

/** One transport for the view's lifetime, its state, and a ref callback that enrols a <video> in it. */
export const useVideoSync = (): { sync: VideoSync; state: SyncState; enrol: Enrol } => {
  const [sync] = useState(createVideoSync);
  const state = useSyncExternalStore(sync.subscribe, sync.getState);
  // Stable, so React does not enrol the same element again on every render.
  const enrol = useCallback((video: HTMLVideoElement | null) => (video ? sync.register(video) : undefined), [sync]);
  // Closing the view stops every clip, not just hides it.
  useEffect(() => () => void sync.pause(), [sync]);
  return { sync, state, enrol };
};
