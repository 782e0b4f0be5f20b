import { useSyncExternalStore } from 'react';
import type { TaskRef } from '../../api/gateway-routes.ts';
import { closeHashView, showHashView, subscribeToHash as subscribe } from './hash-prefix.ts';

// The detail view lives in the URL (#/task/<surface>/<kind>/<id>): it can be
// bookmarked or shared with another tab, and Back closes it.
const PREFIX = '#/task/';

/** The task key (surface:kind:id) a hash names, or null; a malformed escape (%E0) names nothing rather than throwing. */
export const taskKeyFromHash = (hash: string): string | null => {
  if (!hash.startsWith(PREFIX)) return null;
  try {
    const parts = hash.slice(PREFIX.length).split('/').map(decodeURIComponent);
    return parts.length === 3 ? parts.join(':') : null;
  } catch {
    return null;
  }
};

/** The key (surface:kind:id) of the task whose detail is open, or null. */
export const useOpenTaskKey = (): string | null => useSyncExternalStore(subscribe, () => taskKeyFromHash(window.location.hash));

export const openTask = (ref: TaskRef) =>
  showHashView(`${PREFIX}${[ref.surface, ref.kind, ref.id].map(encodeURIComponent).join('/')}`, { taskDetail: true });

export const closeTask = () => closeHashView('taskDetail');
