import type { TaskRef } from '../api/gateway-routes.ts';
import { useQueueStore } from './queue/queue-store.ts';
import { recordKey } from './records/task-record.ts';
import { send } from './send.ts';
import type { Submission } from './submission.ts';

/** A knowing resend of one uncertain entry: `send` hands it over; `waiting` while one for that entry is on its way. */
export type Resend = { send: () => void; waiting: boolean };

/**
 * How to resend `submission` (null where there is nothing to resend). A knowing resend goes
 * where every create goes: the queue. It is waiting while the queue holds an item for that
 * entry that has not been refused; the entry itself goes only once the gateway has answered
 * (queue/queue-service.ts), so a crash or a refusal loses nothing.
 */
export const useResend = (submission: (Submission & { replaces: TaskRef }) | null): Resend | null => {
  const key = submission ? recordKey(submission.replaces) : null;
  const waiting = useQueueStore(
    (state) =>
      key !== null &&
      state.items.some(
        (item) => item.state !== 'failed' && item.submission.replaces !== undefined && recordKey(item.submission.replaces) === key,
      ),
  );
  if (!submission) return null;
  return { waiting, send: () => void send([submission], submission.surface) };
};
