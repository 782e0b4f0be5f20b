import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sampleRecord } from '../../testing/sample-record.ts';
import { recordKey } from './task-record.ts';
import { openTaskDb, type TaskDb } from './task-db.ts';
import { keepFinished, startTaskHistory } from './task-history.ts';
import { useTaskRecordsStore } from './task-records-store.ts';
import { createTaskRepository } from './task-repository.ts';

const initial = useTaskRecordsStore.getState();
let db: TaskDb;
let history: ReturnType<typeof startTaskHistory>;
const channelName = `tasks-test-${Math.random()}`;

beforeEach(() => {
  useTaskRecordsStore.setState(initial, true);
  db = openTaskDb(`history-${Math.random()}`);
});

afterEach(async () => {
  history?.stop();
  await db.delete();
});

const start = () => (history = startTaskHistory({ repository: createTaskRepository(db), channel: new BroadcastChannel(channelName) }));
const until = async (check: () => boolean) => {
  for (let i = 0; i < 100 && !check(); i += 1) await new Promise((r) => setTimeout(r, 10));
  expect(check()).toBe(true);
};

describe('task history', () => {
  it('loads what was saved, reports set-aside rows, and keeps what was added meanwhile', async () => {
    await createTaskRepository(db).save([sampleRecord('old', 'succeeded', 1)]);
    await db.tasks.put({ key: 'unified:text2video:x', submittedAt: 2, ref: null });
    start();
    useTaskRecordsStore.getState().add(sampleRecord('new', 'queued', 3));
    await history.idle();
    const state = useTaskRecordsStore.getState();
    expect(state.hydrated).toBe(true);
    expect(state.records.map((r) => r.ref.id)).toEqual(['new', 'old']);
    expect(state.setAside).toEqual([{ key: 'unified:text2video:x', problem: expect.any(String) }]);
  });

  it('keeps working in memory when IndexedDB cannot be opened, and says so', async () => {
    const repository = {
      ...createTaskRepository(db),
      load: () => Promise.reject(new DOMException('indexedDB.open is not allowed', 'SecurityError')),
    };
    history = startTaskHistory({ repository, channel: null });
    await history.idle();
    useTaskRecordsStore.getState().add(sampleRecord('kept', 'queued'));
    const state = useTaskRecordsStore.getState();
    expect(state.hydrated).toBe(true);
    expect(state.records.map((r) => r.ref.id)).toEqual(['kept']);
    expect(state.problem).toMatch(/SecurityError/);
  });

  it('warns once when the storage is full, and keeps every change in memory', async () => {
    const repository = { ...createTaskRepository(db), save: () => Promise.reject(new DOMException('quota', 'QuotaExceededError')) };
    history = startTaskHistory({ repository, channel: null });
    await history.idle();
    useTaskRecordsStore.getState().add(sampleRecord('a', 'queued', 1));
    await history.idle();
    expect(useTaskRecordsStore.getState().problem).toMatch(/QuotaExceededError/);
    useTaskRecordsStore.getState().reportProblem(null); // the user dismissed it
    useTaskRecordsStore.getState().add(sampleRecord('b', 'queued', 2));
    await history.idle();
    expect(useTaskRecordsStore.getState().problem).toBeNull();
    expect(useTaskRecordsStore.getState().records.map((r) => r.ref.id)).toEqual(['b', 'a']);
  });

  it('writes every change through, and a delete removes the row', async () => {
    start();
    await history.idle();
    const { add, applyAnswer, setStarred, remove } = useTaskRecordsStore.getState();
    const record = sampleRecord('a', 'running');
    add(record);
    const done = sampleRecord('a', 'succeeded').task;
    if (done) applyAnswer(record.ref, done);
    setStarred(record.ref, true);
    await history.idle();
    expect(await db.tasks.get(recordKey(record.ref))).toMatchObject({ starred: true, task: { status: 'succeeded' } });
    remove([record.ref]);
    await history.idle();
    expect(await db.tasks.count()).toBe(0);
  });

  it("applies another tab's changes announced on the channel, without writing them back", async () => {
    start();
    await history.idle();
    const other = createTaskRepository(db);
    const otherTab = new BroadcastChannel(channelName);
    await other.save([sampleRecord('b', 'running')]);
    otherTab.postMessage({ keys: ['unified:text2video:b'] });
    await until(() => useTaskRecordsStore.getState().records.length === 1);

    await other.delete(['unified:text2video:b']);
    otherTab.postMessage({ keys: ['unified:text2video:b'] });
    await until(() => useTaskRecordsStore.getState().records.length === 0);
    otherTab.close();
  });

  it('never lets an older copy turn a finished task back into a running one', () => {
    const finished = sampleRecord('c', 'succeeded');
    const stale = { ...sampleRecord('c', 'running'), starred: true };
    expect(keepFinished(finished, stale)).toEqual({ ...stale, task: finished.task });
    expect(keepFinished(stale, finished)).toBe(finished);
    expect(keepFinished(undefined, stale)).toBe(stale);
  });
});
