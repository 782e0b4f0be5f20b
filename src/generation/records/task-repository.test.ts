import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { sampleRecord } from '../../testing/sample-record.ts';
import { recordKey } from './task-record.ts';
import { openTaskDb, type TaskDb } from './task-db.ts';
import { createTaskRepository } from './task-repository.ts';

let db: TaskDb;
const freshDb = () => (db = openTaskDb(`test-${Math.random()}`));

afterEach(async () => {
  await db.delete();
});

describe('task repository', () => {
  it('keeps every task across a reopen, newest first', async () => {
    const records = [sampleRecord('a', 'running', 1), sampleRecord('b', 'succeeded', 3), sampleRecord('c', null, 2)];
    await createTaskRepository(freshDb()).save(records);
    db.close();
    await db.open();
    const loaded = await createTaskRepository(db).load();
    expect(loaded.setAside).toEqual([]);
    expect(loaded.records.map((r) => r.ref.id)).toEqual(['b', 'c', 'a']);
    expect(loaded.records[0]).toEqual(records[1]);
  });

  it('sets a corrupt row aside, reports it, and loads the rest', async () => {
    const repository = createTaskRepository(freshDb());
    const good = sampleRecord('good');
    await repository.save([good]);
    await db.tasks.bulkPut([
      { key: 'unified:text2video:bad', submittedAt: 5, ref: { surface: 'unified', kind: 'text2video', id: 'bad' }, task: 'nonsense' },
      { ...sampleRecord('moved'), key: 'unified:text2video:elsewhere' },
    ]);
    // a row left by something else entirely, under a non-string key
    await db.table('tasks').put({ key: 42, submittedAt: 1 } as never);

    const loaded = await repository.load();
    expect(loaded.records).toEqual([good]);
    expect(loaded.setAside.map((s) => s.key).sort()).toEqual(['42', 'unified:text2video:bad', 'unified:text2video:elsewhere']);
    expect(loaded.setAside.find((s) => s.key === 'unified:text2video:bad')?.problem).toMatch(/task/);

    // Set aside, not lost: the rows moved to their own table and do not come back.
    const aside = await repository.setAsideRows();
    expect(aside).toHaveLength(3);
    expect(aside.find((row) => row.key === 'unified:text2video:bad')?.row).toMatchObject({ task: 'nonsense' });
    expect(await db.tasks.count()).toBe(1);
    expect((await repository.load()).setAside).toEqual([]);
  });

  it('reads rows back by key, with deleted and unreadable rows as null', async () => {
    const repository = createTaskRepository(freshDb());
    const [a, b] = [sampleRecord('a'), sampleRecord('b', 'failed')];
    await repository.save([a, b]);
    await repository.delete([recordKey(a.ref)]);
    await db.tasks.put({ key: 'unified:text2video:c', submittedAt: 1, ref: 'broken' });
    const rows = await repository.read([recordKey(a.ref), recordKey(b.ref), 'unified:text2video:c']);
    expect([...rows.values()]).toEqual([null, b, null]);
  });

  it('fills in fields that an older studio did not store', async () => {
    const repository = createTaskRepository(freshDb());
    const { starred: _s, origin: _o, ...old } = sampleRecord('old');
    await db.tasks.put({ ...old, key: recordKey(old.ref) });
    const loaded = await repository.load();
    expect(loaded.records[0]).toMatchObject({ starred: false, origin: 'studio' });
  });

  // Schema version 1 is the only Dexie version so far; new fields are optional or
  // defaulted in taskRecordSchema, so a v1 row needs no upgrade. A field that must be
  // rewritten gets db.version(2).upgrade(...) in task-db.ts and a test like this one.
  it('loads a row written by schema version 1, before uncertain submissions existed', async () => {
    const repository = createTaskRepository(freshDb());
    const { starred: _s, origin: _o, submission: _u, ...v1 } = sampleRecord('v1', 'running');
    await db.tasks.put({ ...v1, key: recordKey(v1.ref) });
    const [loaded] = (await repository.load()).records;
    expect(loaded?.ref.id).toBe('v1');
    expect(loaded?.submission).toBeUndefined();
    expect(db.verno).toBe(1);
  });
});
