import type { TaskRef } from './gateway-routes.ts';
import { API_BASE } from './gateway-client.ts';

// The studio server's download routes. The prompt and mode only name the file: the
// server looks the task up at the gateway itself and never fetches a browser's URL.

export const ZIP_MAX = 50;
const HINT_MAX = 60;

export type ClipHint = { prompt: string; mode: string | null };

// `:` separates the parts of a zip item and `%` would be decoded twice; neither
// matters in a file name hint.
const hint = (prompt: string) =>
  prompt
    .replace(/[:%\s]+/g, ' ')
    .trim()
    .slice(0, HINT_MAX);

export const clipDownloadPath = (ref: TaskRef, { prompt, mode }: ClipHint): string => {
  const query = new URLSearchParams({ prompt: hint(prompt) });
  if (mode) query.set('mode', mode);
  return `${API_BASE}/download/${ref.surface}/${ref.kind}/${encodeURIComponent(ref.id)}?${query}`;
};

export const zipDownloadPath = (items: { ref: TaskRef; hint: ClipHint }[]): string => {
  const query = items
    .slice(0, ZIP_MAX)
    .map(
      ({ ref, hint: { prompt, mode } }) =>
        `t=${[ref.surface, ref.kind, ref.id, mode ?? '', hint(prompt)].map(encodeURIComponent).join(':')}`,
    )
    .join('&');
  return `${API_BASE}/download/zip?${query}`;
};
