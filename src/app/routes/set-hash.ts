import { useSyncExternalStore } from 'react';
import { SET_ID_PATTERN } from '../../generation/sets/comparison-set.ts';
import { closeHashView, SET_PREFIX as PREFIX, showHashView, subscribeToHash as subscribe } from './hash-prefix.ts';

// The compare view lives in the URL (#/set/<setId>), like the task detail: a link
// opens it in any tab that has the history, and Back closes it. Loaded with the UI
// that links to or shows a set, not on the start path (hash-prefix.ts is).

/** The set id a hash names, or null; a malformed escape (#/set/%E0) names nothing rather than throwing. */
export const setIdFromHash = (hash: string): string | null => {
  if (!hash.startsWith(PREFIX)) return null;
  try {
    const id = decodeURIComponent(hash.slice(PREFIX.length));
    return SET_ID_PATTERN.test(id) ? id : null;
  } catch {
    return null;
  }
};

/** The id of the comparison set the URL names, or null. */
export const useOpenSetId = (): string | null => useSyncExternalStore(subscribe, () => setIdFromHash(window.location.hash));

export const setHref = (setId: string) => `${PREFIX}${encodeURIComponent(setId)}`;

/** Opens the compare view; `replace` swaps it in for the current entry (the task detail it was started from). */
export const openSet = (setId: string, { replace = false } = {}) => {
  const previous = window.history.state as { taskDetail?: boolean; setView?: boolean } | null;
  // Replacing an entry the studio pushed (a detail opened from the gallery) keeps Back-to-close; replacing a
  // page opened from a link must not send Back out of the studio.
  showHashView(setHref(setId), { setView: replace ? Boolean(previous?.taskDetail || previous?.setView) : true }, { replace });
};

export const closeSet = () => closeHashView('setView');
