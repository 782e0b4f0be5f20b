import { useSyncExternalStore } from 'react';

// The start path only needs to know whether the URL names a view that loads on
// demand (the compare view); reading the id and the view itself come with its chunk.
export const SET_PREFIX = '#/set/';

export const subscribeToHash = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
};

/** Whether the URL's hash starts with `prefix`, kept current as it changes. */
export const useHashStartsWith = (prefix: string): boolean => useSyncExternalStore(subscribeToHash, () => window.location.hash.startsWith(prefix));
