import { useState } from 'react';
import type { Surface } from '../api/gateway-routes.ts';
import { useQueueStore } from './queue/queue-store.ts';
import { send as enqueue } from './send.ts';
import type { SubmissionDraft } from './submission.ts';

/**
 * send() (send.ts) for a caller that shows how its latest send went, as the composer does:
 * `isPending` while one of its items is being sent, `error` once one was refused.
 */
export const useSendSubmissions = () => {
  const [lastIds, setLastIds] = useState<readonly string[]>([]);
  const isPending = useQueueStore((state) => state.items.some((item) => item.state === 'sending' && lastIds.includes(item.id)));
  const error = useQueueStore((state) => {
    for (const id of lastIds) if (id in state.outcomes) return state.outcomes[id];
    return null;
  });
  const send = (drafts: SubmissionDraft[], surface?: Surface) => setLastIds(enqueue(drafts, surface));
  return { send, isPending, error: error ?? null };
};
