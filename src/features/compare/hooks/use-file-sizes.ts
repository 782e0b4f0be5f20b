import { useEffect, useState } from 'react';

// A clip's size is the download route's Content-Length. The route only answers GET, so
// the request is cut off as soon as the headers arrive: the clip is not fetched twice.
// Remembered per URL for the session, so reopening the view asks nothing again.
const known = new Map<string, Promise<number | null>>();
// A route that never sends its headers would leave "measuring…" up for good: give up and say "unknown".
const SIZE_TIMEOUT_MS = 10_000;

/** The clip's size in bytes, or null when the route does not say (or does not answer in time). */
export const contentLength = (url: string, timeoutMs = SIZE_TIMEOUT_MS): Promise<number | null> => {
  const cached = known.get(url);
  if (cached) return cached;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  const pending = fetch(url, { signal: controller.signal, headers: { Accept: 'video/mp4' } })
    .then((response) => {
      const length = response.ok ? Number(response.headers.get('Content-Length')) : Number.NaN;
      return Number.isFinite(length) && length > 0 ? length : null;
    })
    .catch(() => null)
    .finally(() => {
      clearTimeout(timer);
      controller.abort();
    });
  // A failure is not remembered: the next view may find the clip.
  void pending.then((size) => {
    if (size === null) known.delete(url);
  });
  known.set(url, pending);
  return pending;
};

export type FileSize = number | 'unknown';

/** File sizes by member key, as they arrive; absent while measuring. */
export const useFileSizes = (urls: { key: string; url: string | null }[]): Record<string, FileSize> => {
  const [sizes, setSizes] = useState<Record<string, FileSize>>({});
  const wanted = urls.filter((entry): entry is { key: string; url: string } => entry.url !== null);
  // Re-run only when the set of clips changes, not on every poll of a running member.
  const signature = JSON.stringify(wanted);
  useEffect(() => {
    let live = true;
    for (const { key, url } of JSON.parse(signature) as { key: string; url: string }[]) {
      void contentLength(url).then((size) => {
        if (live) setSizes((current) => (current[key] === (size ?? 'unknown') ? current : { ...current, [key]: size ?? 'unknown' }));
      });
    }
    return () => {
      live = false;
    };
  }, [signature]);
  return sizes;
};
