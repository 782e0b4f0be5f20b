import { Dexie, type EntityTable } from 'dexie';

// The task history's IndexedDB database. Rows are stored as the app wrote them but
// read back as `unknown`: an older studio, another tab or a hand-edited export may
// have put anything there, so every row is validated on load (task-repository.ts).
export type TaskRow = { key: string; submittedAt: number } & Record<string, unknown>;
export type SetAsideRow = { id?: number; key: string; row: unknown; problem: string; at: number };

export type TaskDb = Dexie & {
  tasks: EntityTable<TaskRow, 'key'>;
  setAside: EntityTable<SetAsideRow, 'id'>;
};

export const TASK_DB_NAME = 'kling-studio-tasks';

export const openTaskDb = (name = TASK_DB_NAME): TaskDb => {
  const db = new Dexie(name) as TaskDb;
  // Version 1 is the only schema so far. Fields added to a record since (starred,
  // origin, submission) are optional or defaulted in taskRecordSchema, so v1 rows
  // load as they are (task-repository.test.ts). A change that must rewrite rows or
  // indexes adds db.version(2).stores(...).upgrade(...) here, with a test that opens
  // a database written by version 1.
  db.version(1).stores({ tasks: 'key, submittedAt', setAside: '++id, at' });
  return db;
};
