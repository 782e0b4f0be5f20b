import { useEffect, useState } from 'react';
import type { FrameSize } from '../utils/kling-coords.ts';

/** The first frame's pixel size, once the browser has it: masks are made at exactly this size. */
export const useFrameSize = (src: string | null): FrameSize | null => {
  const [loaded, setLoaded] = useState<{ src: string; size: FrameSize } | null>(null);
  useEffect(() => {
    if (!src) return;
    let live = true;
    const image = new Image();
    image.onload = () => {
      if (live && image.naturalWidth > 0) setLoaded({ src, size: { width: image.naturalWidth, height: image.naturalHeight } });
    };
    image.src = src;
    return () => {
      live = false;
    };
  }, [src]);
  return loaded?.src === src ? loaded.size : null;
};
