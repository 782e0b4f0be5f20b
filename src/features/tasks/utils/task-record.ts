import type { TaskRef } from '../../../api/gateway-routes.ts';
import { isTerminal } from '../../../api/task-status.ts';
import type { TaskRecord } from './task-record-schema.ts';

// A task record's type and helpers, without zod: the composer's submit path adds
// records before the history (and the schema that validates it) has loaded.
export type { TaskRecord };

export const recordKey = (ref: TaskRef): string => `${ref.surface}:${ref.kind}:${ref.id}`;

export const isFinished = (record: TaskRecord): boolean => record.task !== null && isTerminal(record.task.status);

const playable = (url: string | null): string | null => {
  if (url === null) return null;
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'http:' ? url : null;
  } catch {
    return null;
  }
};

/**
 * Where a finished clip can be played from, if it finished well. Only http(s): the
 * URL is the gateway's text, and `javascript:` or `data:` has no place in <video src>.
 */
export const clipUrl = (record: TaskRecord): string | null =>
  record.task?.status === 'succeeded' ? playable(record.task.videoUrl) : null;

export const isUncertain = (record: TaskRecord): boolean => record.submission === 'uncertain';
