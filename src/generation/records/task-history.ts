import { z } from 'zod';
import { isFinished, recordKey, type TaskRecord } from './task-record.ts';
import { openTaskDb, type TaskDb } from './task-db.ts';
import { createTaskRepository, type TaskRepository } from './task-repository.ts';
import { useTaskRecordsStore } from './task-records-store.ts';
import { openTabChannel } from '../persistence/tab-channel.ts';
import { createWriteChain } from '../persistence/write-chain.ts';
import { markHistory } from './history-mark.ts';

// Keeps the in-memory history and IndexedDB in step, and other tabs with both:
// every change to the store is written, then announced on a BroadcastChannel;
// an announcement makes the other tabs re-read those rows (validated) from IndexedDB.

const CHANNEL_NAME = 'kling-studio.tasks';
const messageSchema = z.object({ keys: z.array(z.string()).max(10_000) });

const diff = (prev: TaskRecord[], next: TaskRecord[]) => {
  const before = new Map(prev.map((record) => [recordKey(record.ref), record]));
  const changed: TaskRecord[] = [];
  for (const record of next) {
    const key = recordKey(record.ref);
    if (before.get(key) !== record) changed.push(record);
    before.delete(key);
  }
  return { changed, removed: [...before.keys()] };
};

/** Another tab's (or an import's) copy never turns a finished task back into a running one. */
export const keepFinished = (current: TaskRecord | undefined, incoming: TaskRecord): TaskRecord =>
  current && isFinished(current) && !isFinished(incoming) ? { ...incoming, task: current.task } : incoming;

let sharedDb: TaskDb | null = null;
const defaultRepository = () => createTaskRepository((sharedDb ??= openTaskDb()));

type HistoryOptions = { repository?: TaskRepository; channel?: BroadcastChannel | null };

/** Loads the history and keeps persisting it until the returned stop is called. */
export const startTaskHistory = ({ repository = defaultRepository(), channel = openTabChannel(CHANNEL_NAME) }: HistoryOptions = {}) => {
  const store = useTaskRecordsStore;
  let quiet = false; // set while applying what came from IndexedDB, so it is not written back
  let stopped = false;
  // The history carries on in memory for as long as the tab is open if storage fails.
  const chain = createWriteChain({
    onFirstProblem: (error) => store.getState().reportProblem(String(error)),
    onBusy: (busy) => store.getState().setSaving(busy),
  });
  const enqueue = (job: () => Promise<unknown>) => void chain.run(job).catch(() => undefined); // reported once by the chain
  const applyQuietly = (apply: () => void) => {
    if (stopped) return;
    quiet = true;
    try {
      apply();
    } finally {
      quiet = false;
    }
  };

  const unsubscribe = store.subscribe((state, prev) => {
    if (quiet || state.records === prev.records) return;
    const { changed, removed } = diff(prev.records, state.records);
    if (changed.length === 0 && removed.length === 0) return;
    enqueue(async () => {
      if (changed.length > 0) await repository.save(changed);
      if (removed.length > 0) await repository.delete(removed);
      markHistory(store.getState().records.length > 0);
      channel?.postMessage({ keys: [...changed.map((record) => recordKey(record.ref)), ...removed] });
    });
  });

  if (channel)
    channel.onmessage = (event: MessageEvent) => {
      const message = messageSchema.safeParse(event.data);
      if (!message.success) return;
      enqueue(async () => {
        const rows = await repository.read(message.data.keys);
        applyQuietly(() => {
          const { records, upsert, dropKeys } = store.getState();
          const present = [...rows.values()].filter((row): row is TaskRecord => row !== null);
          const byKey = new Map(records.map((record) => [recordKey(record.ref), record]));
          upsert(present.map((row) => keepFinished(byKey.get(recordKey(row.ref)), row)));
          dropKeys([...rows].filter(([, row]) => row === null).map(([key]) => key));
        });
      });
    };

  enqueue(async () => {
    try {
      const { records, setAside } = await repository.load();
      applyQuietly(() => store.getState().hydrate(records, setAside));
      markHistory(store.getState().records.length > 0);
    } catch (error) {
      // A history that cannot load (private mode, a full disk) still lets the studio work.
      applyQuietly(() => store.getState().hydrate([], []));
      throw error;
    }
  });

  return {
    stop: () => {
      stopped = true;
      unsubscribe();
      channel?.close();
    },
    /** Resolves once everything queued so far has reached IndexedDB. */
    idle: chain.idle,
  };
};
