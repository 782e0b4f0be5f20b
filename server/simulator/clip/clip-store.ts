import { randomUUID } from 'node:crypto';
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { clipKey, normalizeClipSpec, type ClipSpec } from './clip-spec.ts';
import { createRenderPool, type RenderPoolOptions } from './render-pool.ts';

export type ClipFile = { file: string; size: number; key: string };

export type ClipStore = {
  /** Path of the MP4 for `spec`, rendering it first unless it is already on disk. */
  getClip(spec: ClipSpec): Promise<ClipFile>;
  /** File of a key this store produced or served; undefined for anything else, so never a user-chosen path. */
  pathFor(key: string): string | undefined;
  /** Stops the render workers this store started. */
  close(): Promise<void>;
};

export type ClipStoreOptions = {
  /** Cache directory, created when missing. */
  dir: string;
  /** Replaces the worker pool, e.g. to count or fake renders in tests. */
  render?: (spec: ClipSpec) => Promise<Uint8Array>;
  /** Options for the built-in worker pool when `render` is not given. */
  pool?: RenderPoolOptions;
};

async function existingSize(file: string): Promise<number | undefined> {
  try {
    const info = await stat(file);
    return info.isFile() && info.size > 0 ? info.size : undefined;
  } catch {
    return undefined;
  }
}

export function createClipStore({ dir, render, pool: poolOptions }: ClipStoreOptions): ClipStore {
  const root = resolve(dir);
  const pool = render ? undefined : createRenderPool(poolOptions);
  const renderClip = render ?? ((spec: ClipSpec) => pool!.render(spec));
  const known = new Map<string, string>();
  const inflight = new Map<string, Promise<ClipFile>>();

  async function produce(spec: ClipSpec, key: string): Promise<ClipFile> {
    const file = join(root, `${key}.mp4`);
    await mkdir(root, { recursive: true });
    const cachedSize = await existingSize(file);
    if (cachedSize !== undefined) {
      known.set(key, file);
      return { file, size: cachedSize, key };
    }
    const bytes = await renderClip(spec);
    // Written under a temporary name and renamed (atomic on one file system), so a reader never
    // sees a half-written clip, even from another process sharing the cache.
    const temp = join(root, `.${key}.${randomUUID()}.tmp`);
    try {
      await writeFile(temp, bytes);
      await rename(temp, file);
    } catch (err) {
      await rm(temp, { force: true });
      throw err;
    }
    known.set(key, file);
    return { file, size: bytes.byteLength, key };
  }

  return {
    getClip(spec) {
      let normalized: ClipSpec;
      try {
        normalized = normalizeClipSpec(spec);
      } catch (err) {
        return Promise.reject(err);
      }
      const key = clipKey(normalized);
      const pending = inflight.get(key);
      if (pending) return pending;
      const job = produce(normalized, key);
      inflight.set(key, job);
      const settle = () => inflight.delete(key);
      job.then(settle, settle);
      return job;
    },
    pathFor(key) {
      return known.get(key);
    },
    async close() {
      await pool?.close();
    },
  };
}
