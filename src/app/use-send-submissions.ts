import { useState } from 'react';
import type { Surface } from '../api/gateway-routes.ts';
import type { SubmissionDraft } from '../lib/submission.ts';
import { useQueueStore } from '../features/queue/stores/queue-store.ts';
import { useSettingsStore } from '../features/settings/stores/settings-store.ts';

/**
 * The one way anything in the studio asks for tasks to be created: into the
 * submission queue, which sends them as the gateway's concurrency limit allows
 * (app/queue-service.tsx). New work goes to the surface chosen in settings; a rerun
 * of a task passes the surface that task used. `isPending` and `error` describe
 * this caller's latest send, as the composer shows them.
 */
export const useSendSubmissions = () => {
  const surface = useSettingsStore((state) => state.surface);
  const [lastIds, setLastIds] = useState<readonly string[]>([]);
  const isPending = useQueueStore((state) => state.items.some((item) => item.state === 'sending' && lastIds.includes(item.id)));
  const error = useQueueStore((state) => {
    for (const id of lastIds) if (id in state.outcomes) return state.outcomes[id];
    return null;
  });
  const send = (submissions: SubmissionDraft[], to: Surface = surface) => {
    setLastIds(useQueueStore.getState().enqueue(submissions.map((submission) => ({ ...submission, surface: to }))));
  };
  return { send, isPending, error: error ?? null };
};
