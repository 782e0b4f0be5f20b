import { z } from 'zod';
import type { TaskRef } from '../../../api/gateway-routes.ts';
import { fileNameFrom } from '../utils/content-disposition.ts';
import { clipDownloadPath, type ClipHint } from '../../../api/download-urls.ts';

export type DownloadProblem = 'not_found' | 'not_ready' | 'clip_expired' | 'gateway' | 'network';

export class DownloadError extends Error {
  override readonly name = 'DownloadError';
  constructor(
    readonly problem: DownloadProblem,
    message: string,
  ) {
    super(message);
  }
}

const errorBodySchema = z.object({ error: z.object({ message: z.string(), code: z.string().optional() }) });

const problemFor = (status: number, code: string | undefined): DownloadProblem => {
  if (code === 'clip_expired' || status === 410) return 'clip_expired';
  if (code === 'not_ready' || status === 409) return 'not_ready';
  if (code === 'not_found' || status === 404) return 'not_found';
  return 'gateway';
};

export type Progress = { loaded: number; total: number | null };
type FetchClipOptions = { signal?: AbortSignal; onProgress?: (progress: Progress) => void };

/** Fetches one clip through the studio server, reporting progress against Content-Length. */
export const fetchClip = async (ref: TaskRef, hint: ClipHint, { signal, onProgress }: FetchClipOptions = {}) => {
  let response: Response;
  try {
    response = await fetch(clipDownloadPath(ref, hint), { signal });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new DownloadError('network', 'The studio server could not be reached');
  }
  if (!response.ok) {
    const body = errorBodySchema.safeParse(await response.json().catch(() => null));
    const message = body.success ? body.data.error.message : `HTTP ${response.status}`;
    throw new DownloadError(problemFor(response.status, body.data?.error.code), message);
  }
  const length = Number(response.headers.get('content-length'));
  const total = Number.isFinite(length) && length > 0 ? length : null;
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let loaded = 0;
  onProgress?.({ loaded, total });
  const reader = response.body?.getReader();
  try {
    for (;;) {
      if (!reader) break;
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      loaded += value.byteLength;
      onProgress?.({ loaded, total });
    }
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new DownloadError('network', 'The download was cut off');
  }
  const fallback = `${ref.id}.mp4`;
  const blob = new Blob(chunks, { type: response.headers.get('content-type') ?? 'video/mp4' });
  return { blob, fileName: fileNameFrom(response.headers.get('content-disposition')) ?? fallback };
};

/** Hands a Blob to the browser's own download, under the given name. */
export const saveBlob = (blob: Blob, fileName: string) => {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has started reading the Blob; give it time before letting go.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
};
