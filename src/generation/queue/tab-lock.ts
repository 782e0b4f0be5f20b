// Each open tab holds a Web Lock for its lifetime. A 'sending' row names its tab, so a
// tab that loads the queue can tell a create still in another open tab's hands (leave
// it alone) from one whose tab closed mid-send (uncertain). Browsers release a tab's
// locks when it closes, even when it crashes.

const PREFIX = 'kling-studio.queue.tab.';

export type TabLock = { id: string; ready: Promise<void>; release: () => void };

const locksApi = (): LockManager | undefined => (globalThis.navigator as Navigator | undefined)?.locks;

/** Takes this tab's lock, or null where the browser has no navigator.locks. */
export const holdTabLock = (): TabLock | null => {
  const locks = locksApi();
  if (!locks) return null;
  // Not crypto.randomUUID: it is missing outside secure contexts (the studio opened by a LAN address).
  const id = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
  let release = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  let granted = () => {};
  const ready = new Promise<void>((resolve) => {
    granted = resolve;
  });
  // The name is unique, so it is granted at once; if the request fails, ready still resolves (the owner then looks closed).
  locks
    .request(PREFIX + id, () => {
      granted();
      return held;
    })
    .catch(() => granted());
  return { id, ready, release: () => release() };
};

/** The ids of the tabs whose lock is held right now. */
export const liveTabLocks = async (): Promise<Set<string>> => {
  const locks = locksApi();
  if (!locks) return new Set();
  const snapshot = await locks.query();
  return new Set((snapshot.held ?? []).flatMap((lock) => (lock.name?.startsWith(PREFIX) ? [lock.name.slice(PREFIX.length)] : [])));
};
