// A synchronous mark in localStorage says whether this browser's history holds any
// task, so a first visit's first frame says "your clips will appear here" at once
// instead of "loading" until IndexedDB answers that there is nothing (the composer's
// draft does the same: features/compose/utils/idb-storage.ts). A history saved before
// the mark existed shows the empty words for a moment, once.

const MARK_KEY = 'kling-studio.tasks.saved';

export const markHistory = (hasRecords: boolean) => {
  try {
    if (hasRecords) globalThis.localStorage?.setItem(MARK_KEY, '1');
    else globalThis.localStorage?.removeItem(MARK_KEY);
  } catch {
    // Storage refused (private mode, quota): the next visit says "loading" first, as before.
  }
};

/** False only when this browser has never kept a task (or removed them all). */
export const historyMayHoldTasks = (): boolean => {
  try {
    return globalThis.localStorage?.getItem(MARK_KEY) !== null;
  } catch {
    return true;
  }
};
