import { useEffect, useMemo, useState } from 'react';
import { describeBase64, describeUrl, isImageUrl, type ImageFacts } from '../utils/image-data.ts';

type Loaded = { url: string; size: { width: number; height: number } | null; failed: boolean };

/**
 * Facts about an image value. Base64 is read from its header at once; a URL is
 * loaded by the browser for its pixel size (Kling fetches it itself, so a URL the
 * browser cannot load is reported, not refused).
 */
export const useImageFacts = (value: string | null, onUrlLoaded: (url: string, size: { width: number; height: number }) => void) => {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const url = value && isImageUrl(value) ? value.trim() : null;

  useEffect(() => {
    if (!url) return;
    let live = true;
    const image = new Image();
    image.onload = () => {
      if (!live) return;
      const size = { width: image.naturalWidth, height: image.naturalHeight };
      setLoaded({ url, size, failed: false });
      onUrlLoaded(url, size);
    };
    image.onerror = () => live && setLoaded({ url, size: null, failed: true });
    image.src = url;
    return () => {
      live = false;
    };
  }, [url, onUrlLoaded]);

  return useMemo((): { facts: ImageFacts | null; urlFailed: boolean } => {
    if (!value) return { facts: null, urlFailed: false };
    if (!url) return { facts: describeBase64(value), urlFailed: false };
    const current = loaded?.url === url ? loaded : null;
    return { facts: describeUrl(url, current?.size ?? null), urlFailed: current?.failed ?? false };
  }, [value, url, loaded]);
};
