import { ApiError } from '../../api/api-error.ts';
import { createTask } from '../../api/gateway-client.ts';
import type { QueueDb } from './queue-db.ts';
import { startQueuePersistence } from './queue-persistence.ts';
import { useQueueStore } from './queue-store.ts';
import type { QueueError } from './queue-item.ts';
import { requestQueueLeadership, type QueueLeadership } from './queue-leader.ts';
import { startQueueRunner } from './queue-runner.ts';
import { recordCreated, recordUncertain } from '../records/record-submission.ts';
import { useKeyRefusedStore } from '../key-refused-store.ts';
import { useTaskRecordsStore } from '../records/task-records-store.ts';
import { isSubmissionUncertain } from '../records/submission-uncertain.ts';
import type { Submission } from '../submission.ts';
import { countRunning } from './running-tasks.ts';

/** 429, or Kling's 1302/1303 under any status: the gateway is busy, not saying no. A 503 was not processed either: retried alike. (A 500 may have created the task: never retried.) */
export const busyRetryAfter = (error: unknown): { retryAfterMs: number | null } | null =>
  error instanceof ApiError &&
  (error.kind === 'rate_limited' || error.status === 429 || error.status === 503) &&
  // new-api's 503 for a model no channel serves is a lasting "no", not a busy gateway.
  error.code !== 'model_not_found'
    ? { retryAfterMs: error.retryAfterMs }
    : null;

/** 401/403: the key is refused; every further create would be refused alike. */
export const isKeyRefused = (error: unknown): boolean =>
  error instanceof ApiError && (error.kind === 'auth' || error.kind === 'forbidden' || error.status === 401 || error.status === 403);

export const describeQueueError = (error: unknown): QueueError =>
  error instanceof ApiError
    ? { kind: error.kind, status: error.status, message: error.message, code: error.code, retryAfterMs: error.retryAfterMs }
    : { kind: 'network', status: null, message: String(error) };

/**
 * A refused key is the studio's news, not the queue's alone: when the queue pauses itself
 * for it, the key-refused banner says so (as it does for polls), and the banner's Retry
 * resumes the queue; resuming the queue from its panel takes the banner down. Either way
 * a key still refused pauses both again at the next request.
 */
const bridgeKeyRefusal = () => {
  const stopQueueSide = useQueueStore.subscribe((state, prev) => {
    // A 403 also pauses the queue, but may mean a model the account lacks: the banner says "key" only for
    // 'auth' (a 401, or Kling's 1000–1004), as it does for polls (key-refused-store.ts).
    if (state.pauseReason?.kind === 'auth' && !prev.pauseReason) useKeyRefusedStore.getState().refuse();
    else if (!state.pauseReason && prev.pauseReason && useKeyRefusedStore.getState().refused) useKeyRefusedStore.getState().clear();
  });
  const stopBannerSide = useKeyRefusedStore.subscribe((state, prev) => {
    if (prev.refused && !state.refused && useQueueStore.getState().pauseReason) useQueueStore.getState().setPaused(false);
  });
  return () => {
    stopQueueSide();
    stopBannerSide();
  };
};

/** A resend the gateway has answered takes the place of the uncertain entry it was sent for. */
const retireReplaced = ({ replaces }: Submission) => {
  if (replaces) useTaskRecordsStore.getState().remove([replaces]);
};

/**
 * The submission queue at work: its saved items, kept in step with the other tabs, and in
 * the one tab that is the browser's sender (queue-leader.ts), the runner that sends them
 * while the studio's unfinished tasks (every tab's: the history is shared) leave a slot free.
 */
export const startQueueService = ({ db, leadership = requestQueueLeadership() }: { db?: QueueDb; leadership?: QueueLeadership } = {}) => {
  let stopped = false;
  let stopRunner: (() => void) | null = null;
  const runHere = () => {
    if (stopped || stopRunner) return;
    stopRunner = startRunner();
  };
  const persistence = startQueuePersistence({
    db,
    // What this tab queued may never reach the sender's disk: this tab sends it itself
    // (an item whose save failed then fails plainly at its claim, never sent unsaved).
    onStorageProblem: () => runHere(),
    onUncertain: (items) => {
      for (const item of items) {
        recordUncertain(item.submission, item.addedAt);
        retireReplaced(item.submission);
      }
    },
  });
  const startRunner = () =>
    startQueueRunner({
      store: useQueueStore,
      running: () => {
        const { hydrated, records } = useTaskRecordsStore.getState();
        return hydrated ? countRunning(records, Date.now()) : null;
      },
      subscribeRunning: (listener) =>
        useTaskRecordsStore.subscribe((state, prev) => {
          if (state.records !== prev.records || state.hydrated !== prev.hydrated) listener();
        }),
      claim: persistence.claim,
      create: ({ request, surface }) => createTask(request, surface),
      onCreated: (item, task) => {
        recordCreated(item.submission, task);
        retireReplaced(item.submission);
      },
      onUncertain: (item) => {
        recordUncertain(item.submission);
        retireReplaced(item.submission);
      },
      busyRetryAfter,
      isKeyRefused,
      isUncertain: isSubmissionUncertain,
      describe: describeQueueError,
    });
  void leadership.granted.then(async () => {
    if (stopped) return;
    // A sender before this one may have closed mid-send: its items' fate is unknown.
    await persistence.adoptOrphans();
    runHere();
  });
  const stopKeyBridge = bridgeKeyRefusal();
  return {
    persistence,
    stop: () => {
      stopped = true;
      stopKeyBridge();
      stopRunner?.();
      leadership.release();
      persistence.stop();
    },
  };
};
