import { useQueueStore } from '../features/queue/stores/queue-store.ts';
import type { UseResend } from '../features/tasks/hooks/resend-context.ts';
import { recordKey } from '../features/tasks/utils/task-record.ts';

/**
 * A knowing resend goes where every create goes: the queue. It is waiting while the queue
 * holds an item for that entry that has not been refused; the entry itself goes only once
 * the gateway has answered (queue-wiring.ts), so a crash or a refusal loses nothing.
 */
export const useResendThroughQueue: UseResend = (submission) => {
  const key = submission ? recordKey(submission.replaces) : null;
  const waiting = useQueueStore((state) => key !== null && state.items.some((item) => item.state !== 'failed' && item.submission.replaces !== undefined && recordKey(item.submission.replaces) === key));
  if (!submission) return null;
  return { waiting, send: () => void useQueueStore.getState().enqueue([submission]) };
};
