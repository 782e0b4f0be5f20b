import { z } from 'zod';
import { taskRecordSchema } from './task-record.schema.ts';
import { isFinished, recordKey, type TaskRecord } from './task-record.ts';

// The history as a JSON file a person can keep, move to another browser, or edit.
const FORMAT = 'kling-studio.history';

const historyFileSchema = z.object({
  format: z.literal(FORMAT),
  version: z.literal(1),
  exportedAt: z.number(),
  tasks: z.array(z.unknown()),
});

export const toHistoryFile = (records: TaskRecord[], now = Date.now()) =>
  JSON.stringify({ format: FORMAT, version: 1, exportedAt: now, tasks: records }, null, 2);

export const historyFileName = (now = new Date()) => `kling-studio-history-${now.toISOString().slice(0, 10)}.json`;

export type ReadHistory = { ok: true; records: TaskRecord[]; unreadable: number } | { ok: false; reason: 'json' | 'format' };

/** Parses an exported file; each task is validated alone, so one bad entry costs only itself. */
export const readHistoryFile = (text: string): ReadHistory => {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'json' };
  }
  const file = historyFileSchema.safeParse(json);
  if (!file.success) return { ok: false, reason: 'format' };
  const records: TaskRecord[] = [];
  let unreadable = 0;
  for (const row of file.data.tasks) {
    const parsed = taskRecordSchema.safeParse(row);
    if (parsed.success) records.push(parsed.data);
    else unreadable += 1;
  }
  return { ok: true, records, unreadable };
};

export type ImportPlan = { upsert: TaskRecord[]; added: number; updated: number; unchanged: number };

/**
 * What an import changes: new tasks are added; a task already here is replaced only
 * when the file knows it finished and this browser does not. Stars are kept either way.
 */
export const planImport = (current: TaskRecord[], incoming: TaskRecord[]): ImportPlan => {
  const byKey = new Map(current.map((record) => [recordKey(record.ref), record]));
  const upsert: TaskRecord[] = [];
  let added = 0;
  let updated = 0;
  let unchanged = 0;
  for (const record of incoming) {
    const key = recordKey(record.ref);
    const here = byKey.get(key);
    if (!here) {
      added += 1;
      upsert.push({ ...record, origin: 'imported' });
    } else if (!isFinished(here) && isFinished(record)) {
      updated += 1;
      upsert.push({ ...here, task: record.task, request: here.request ?? record.request, starred: here.starred || record.starred });
    } else unchanged += 1;
    byKey.set(key, record);
  }
  return { upsert, added, updated, unchanged };
};
