import { type RefObject, useEffect, useState } from 'react';

// Kling renders 24 fps; the simulator 12. Measured while the clip plays, so frame
// stepping lands on real frames whatever the source.
const DEFAULT_FPS = 24;

export const useFrameRate = (ref: RefObject<HTMLVideoElement | null>): number => {
  const [fps, setFps] = useState(DEFAULT_FPS);
  useEffect(() => {
    const video = ref.current;
    if (!video || !('requestVideoFrameCallback' in video)) return;
    let last: { mediaTime: number; frames: number } | null = null;
    let handle = 0;
    const onFrame: VideoFrameRequestCallback = (_now, meta) => {
      if (last && meta.presentedFrames - last.frames === 1 && meta.mediaTime > last.mediaTime) {
        const measured = Math.round(1 / (meta.mediaTime - last.mediaTime));
        if (measured >= 6 && measured <= 120) setFps(measured);
      }
      last = { mediaTime: meta.mediaTime, frames: meta.presentedFrames };
      handle = video.requestVideoFrameCallback(onFrame);
    };
    handle = video.requestVideoFrameCallback(onFrame);
    return () => video.cancelVideoFrameCallback(handle);
  }, [ref]);
  return fps;
};
