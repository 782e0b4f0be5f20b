import { Dexie, type EntityTable } from 'dexie';

// The queue's own IndexedDB database, one row per item, so a change to one item
// (the 'sending' mark before its POST) is one small write, not the whole queue.
export type QueueRow = { id: string; position: number } & Record<string, unknown>;
export type MetaRow = { key: string; value: unknown };

export type QueueDb = Dexie & {
  items: EntityTable<QueueRow, 'id'>;
  meta: EntityTable<MetaRow, 'key'>;
};

export const QUEUE_DB_NAME = 'kling-studio-queue';

export const openQueueDb = (name = QUEUE_DB_NAME): QueueDb => {
  const db = new Dexie(name) as QueueDb;
  db.version(1).stores({ items: 'id, position', meta: 'key' });
  return db;
};
