import { useSyncExternalStore } from 'react';

// The start path only needs to know whether the URL names a view that loads on
// demand (the compare view); reading the id and the view itself come with its chunk.
export const SET_PREFIX = '#/set/';

export const subscribeToHash = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
};

/** Whether the URL's hash starts with `prefix`, kept current as it changes. */
export const useHashStartsWith = (prefix: string): boolean =>
  useSyncExternalStore(subscribeToHash, () => window.location.hash.startsWith(prefix));

/** Shows a view that lives in the hash: a new history entry carrying `state`, or one in place of the current entry. */
export const showHashView = (href: string, state: Record<string, boolean>, { replace = false } = {}) => {
  if (replace) window.history.replaceState(state, '', href);
  else window.history.pushState(state, '', href);
  window.dispatchEvent(new HashChangeEvent('hashchange'));
};

/**
 * Closes a view that lives in the hash. Opened from the studio (the history entry
 * carries `flag`): step back, so Back does not reopen it. Opened from a link: drop the hash.
 */
export const closeHashView = (flag: 'taskDetail' | 'setView') => {
  if ((window.history.state as Record<string, unknown> | null)?.[flag]) window.history.back();
  else {
    window.history.replaceState(null, '', window.location.pathname + window.location.search);
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  }
};
