import type { IndexableType as IndexableKey, Table } from 'dexie';
import { z } from 'zod';
import { taskRecordSchema } from './task-record.schema.ts';
import { recordKey, type TaskRecord } from './task-record.ts';
import type { TaskDb, TaskRow } from './task-db.ts';

export type SetAside = { key: string; problem: string };
export type LoadedHistory = { records: TaskRecord[]; setAside: SetAside[] };

const SAVE_SLICE = 500;

const toRow = (record: TaskRecord): TaskRow => ({ ...record, key: recordKey(record.ref) });

const keyOf = (row: unknown): unknown => (row as { key?: unknown } | null)?.key;

const check = (row: unknown): { ok: true; record: TaskRecord } | { ok: false; problem: string } => {
  const parsed = taskRecordSchema.safeParse(row);
  if (!parsed.success) return { ok: false, problem: z.prettifyError(parsed.error) };
  if (keyOf(row) !== recordKey(parsed.data.ref)) return { ok: false, problem: 'the row is filed under another task’s key' };
  return { ok: true, record: parsed.data };
};

/** The task history in IndexedDB: every row read back is validated, never trusted. */
export const createTaskRepository = (db: TaskDb) => ({
  /**
   * Every readable row, newest first. A row that fails validation is moved to the
   * setAside table (kept, for a person to look at) and reported, never thrown.
   */
  load: async (): Promise<LoadedHistory> => {
    const [keys, rows] = await db.transaction('r', db.tasks, () =>
      Promise.all([db.tasks.toCollection().primaryKeys(), db.tasks.toArray() as Promise<unknown[]>]),
    );
    const records: TaskRecord[] = [];
    const bad: { key: IndexableKey; row: unknown; problem: string }[] = [];
    rows.forEach((row, i) => {
      const result = check(row);
      if (result.ok) records.push(result.record);
      else bad.push({ key: keys[i] as IndexableKey, row, problem: result.problem });
    });
    if (bad.length > 0) {
      const at = Date.now();
      await db.transaction('rw', db.tasks, db.setAside, async () => {
        await db.setAside.bulkAdd(bad.map(({ key, row, problem }) => ({ key: String(key), row, problem, at })));
        await (db.tasks as unknown as Table<unknown, IndexableKey>).bulkDelete(bad.map(({ key }) => key));
      });
    }
    records.sort((a, b) => b.submittedAt - a.submittedAt);
    return { records, setAside: bad.map(({ key, problem }) => ({ key: String(key), problem })) };
  },

  // In slices: an import of thousands is kept in part if the tab closes midway.
  save: async (records: TaskRecord[]) => {
    for (let i = 0; i < records.length; i += SAVE_SLICE) await db.tasks.bulkPut(records.slice(i, i + SAVE_SLICE).map(toRow));
  },

  delete: (keys: string[]) => db.tasks.bulkDelete(keys),

  /** The current rows for these keys, as another tab left them (null: deleted or unreadable). */
  read: async (keys: string[]): Promise<Map<string, TaskRecord | null>> => {
    const rows: unknown[] = await db.tasks.bulkGet(keys);
    return new Map(
      keys.map((key, i) => {
        const result = rows[i] === undefined ? null : check(rows[i]);
        return [key, result?.ok ? result.record : null];
      }),
    );
  },

  setAsideRows: () => db.setAside.toArray(),
});

export type TaskRepository = ReturnType<typeof createTaskRepository>;
