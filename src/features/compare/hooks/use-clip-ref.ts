import { useCallback } from 'react';
import type { VideoFacts } from '../components/clip-facts.tsx';
import type { Enrol } from './use-video-sync.ts';

/**
 * A ref callback for one clip's <video>: enrols it in the shared transport and reports
 * its real picture size and length. It reads them at once when the metadata is already
 * there (a clip the browser has cached can be ready before any listener would hear it).
 */
export const useClipRef = (key: string, enrol: Enrol, onFacts: (key: string, facts: VideoFacts) => void) =>
  useCallback(
    (video: HTMLVideoElement | null) => {
      if (!video) return undefined;
      const report = () => {
        if (video.readyState >= 1 && video.videoWidth > 0)
          onFacts(key, { width: video.videoWidth, height: video.videoHeight, duration: video.duration });
      };
      report();
      video.addEventListener('loadedmetadata', report);
      video.addEventListener('resize', report);
      const leave = enrol(video);
      return () => {
        video.removeEventListener('loadedmetadata', report);
        video.removeEventListener('resize', report);
        leave?.();
      };
    },
    [key, enrol, onFacts],
  );
