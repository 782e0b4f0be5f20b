import { useSyncExternalStore } from 'react';
import type { VideoSync } from '../utils/video-sync.ts';

/** The transport's clock. Changes every frame while playing: read it only where it is shown. */
export const useSyncTime = (sync: VideoSync): number => useSyncExternalStore(sync.subscribeTime, sync.getTime);
