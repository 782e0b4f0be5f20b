import { create } from 'zustand';
import type { TaskRef } from '../../../api/gateway-routes.ts';
import { DownloadError, fetchClip, saveBlob, type DownloadProblem, type Progress } from '../api/fetch-clip.ts';
import type { ClipHint } from '../../../api/download-urls.ts';
import { recordKey } from '../../../generation/records/task-record.ts';

export type DownloadState =
  | ({ phase: 'downloading' } & Progress)
  | { phase: 'saved'; fileName: string }
  | { phase: 'failed'; problem: DownloadProblem; message: string };

type DownloadsState = { downloads: Record<string, DownloadState> };

// Downloads outlive the dialog that started them: the card shows the same progress.
export const useDownloadStore = create<DownloadsState>()(() => ({ downloads: {} }));
const controllers = new Map<string, AbortController>();

const put = (key: string, state: DownloadState | null) =>
  useDownloadStore.setState((current) => {
    const downloads = { ...current.downloads };
    if (state) downloads[key] = state;
    else delete downloads[key];
    return { downloads };
  });

export const startDownload = async (ref: TaskRef, hint: ClipHint) => {
  const key = recordKey(ref);
  if (controllers.has(key)) return;
  const controller = new AbortController();
  controllers.set(key, controller);
  try {
    const { blob, fileName } = await fetchClip(ref, hint, {
      signal: controller.signal,
      onProgress: (progress) => put(key, { phase: 'downloading', ...progress }),
    });
    saveBlob(blob, fileName);
    put(key, { phase: 'saved', fileName });
  } catch (error) {
    if (controller.signal.aborted) put(key, null);
    else if (error instanceof DownloadError) put(key, { phase: 'failed', problem: error.problem, message: error.message });
    else put(key, { phase: 'failed', problem: 'network', message: String(error) });
  } finally {
    controllers.delete(key);
  }
};

export const cancelDownload = (ref: TaskRef) => controllers.get(recordKey(ref))?.abort();
