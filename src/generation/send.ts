import type { Surface } from '../api/gateway-routes.ts';
import { useGatewaySettingsStore } from './gateway-settings-store.ts';
import { useQueueStore } from './queue/queue-store.ts';
import type { SubmissionDraft } from './submission.ts';

/**
 * The one way anything in the studio asks for tasks to be created (the composer, Std + Pro,
 * a sweep, a batch, Run again, the other mode, a knowing resend): into the submission
 * queue, which sends them as *Tasks at once* allows (queue/queue-service.ts). New work goes
 * to the surface chosen in settings; a rerun of a task passes the surface that task used.
 * Answers the queue items' ids.
 */
export const send = (drafts: readonly SubmissionDraft[], surface: Surface = useGatewaySettingsStore.getState().surface): string[] =>
  useQueueStore.getState().enqueue(drafts.map((draft) => ({ ...draft, surface })));
