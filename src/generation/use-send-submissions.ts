import { create } from 'zustand';
import type { Surface } from '../api/gateway-routes.ts';
import { useQueueStore } from './queue/queue-store.ts';
import { send } from './send.ts';
import type { SubmissionDraft } from './submission.ts';

// The composer's latest send: its own Generate and Std + Pro, and the sweeps and batches
// sent from beside it. The composer says whether it is on its way and why it failed.
const useLatestSend = create<{ ids: readonly string[] }>()(() => ({ ids: [] }));

/** send() (send.ts), as the send the composer reports on. */
export const sendFromComposer = (drafts: readonly SubmissionDraft[], surface?: Surface): void =>
  useLatestSend.setState({ ids: send(drafts, surface) });

/** The composer's latest send: `isPending` while one of its items is being sent, `error` once one was refused. */
export const useSendSubmissions = () => {
  const lastIds = useLatestSend((state) => state.ids);
  const isPending = useQueueStore((state) => state.items.some((item) => item.state === 'sending' && lastIds.includes(item.id)));
  const error = useQueueStore((state) => {
    for (const id of lastIds) if (id in state.outcomes) return state.outcomes[id];
    return null;
  });
  return { send: sendFromComposer, isPending, error: error ?? null };
};
