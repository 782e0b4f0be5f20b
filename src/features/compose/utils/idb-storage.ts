import type { PersistStorage, StorageValue } from 'zustand/middleware';

// Drafts can hold Base64 images of up to 10 MB each, past localStorage's quota,
// so they live in IndexedDB, stored as structured clones rather than JSON text.
// Writes are coalesced: a keystroke must not copy three images to disk.

const DB_NAME = 'kling-studio';
const STORE = 'persisted';
const WRITE_DELAY_MS = 150;

// A synchronous mark in localStorage says whether IndexedDB holds a value at all, so
// a first visit renders at once instead of waiting for a read that finds nothing.
const markKey = (name: string) => `${name}.saved`;
const mark = (name: string, saved: boolean) => {
  try {
    if (saved) globalThis.localStorage?.setItem(markKey(name), '1');
    else globalThis.localStorage?.removeItem(markKey(name));
  } catch {
    // Storage refused (private mode, quota): the next visit waits for IndexedDB, as before.
  }
};

/** Whether a value was saved under `name` (read synchronously, before any IndexedDB read). */
export const hasSavedValue = (name: string): boolean => {
  try {
    return globalThis.localStorage?.getItem(markKey(name)) === '1';
  } catch {
    return false;
  }
};

const openDb = (): Promise<IDBDatabase> =>
  new Promise((resolve, reject) => {
    const open = indexedDB.open(DB_NAME, 1);
    open.onupgradeneeded = () => open.result.createObjectStore(STORE);
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });

const run = async <T>(mode: IDBTransactionMode, action: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> => {
  const db = await openDb();
  return new Promise<T>((resolve, reject) => {
    const request = action(db.transaction(STORE, mode).objectStore(STORE));
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  }).finally(() => db.close());
};

export const idbStorage = <S>(): PersistStorage<S> | undefined => {
  if (typeof indexedDB === 'undefined') return undefined;
  const pending = new Map<string, StorageValue<S>>();
  let timer: ReturnType<typeof setTimeout> | null = null;
  const flush = () => {
    timer = null;
    for (const [name, value] of pending) void run('readwrite', (store) => store.put(value, name));
    pending.clear();
  };
  globalThis.addEventListener?.('pagehide', flush);
  return {
    getItem: (name) =>
      run<StorageValue<S> | undefined>('readonly', (store) => store.get(name)).then((value) => {
        if (value) mark(name, true); // saved before the mark existed
        return value ?? null;
      }),
    setItem: (name, value) => {
      mark(name, true);
      pending.set(name, value);
      timer ??= setTimeout(flush, WRITE_DELAY_MS);
    },
    removeItem: (name) => {
      pending.delete(name);
      mark(name, false);
      return run('readwrite', (store) => store.delete(name)).then(() => undefined);
    },
  };
};
