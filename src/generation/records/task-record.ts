import { clipAddress } from '../../api/clip-address.ts';
import type { TaskRef } from '../../api/gateway-routes.ts';
import { isTerminal } from '../../api/task.ts';
import type { TaskRecord } from './task-record.schema.ts';

// A task record's type and helpers, without zod: the composer's submit path adds
// records before the history (and the schema that validates it) has loaded.
export type { TaskRecord };

export const recordKey = (ref: TaskRef): string => `${ref.surface}:${ref.kind}:${ref.id}`;

export const isFinished = (record: TaskRecord): boolean => record.task !== null && isTerminal(record.task.status);

/**
 * Where a finished clip can be played from, if it finished well. Checked again here:
 * a record saved by an older studio may hold whatever the gateway sent.
 */
export const clipUrl = (record: TaskRecord): string | null =>
  record.task?.status === 'succeeded' ? clipAddress(record.task.videoUrl) : null;

export const isUncertain = (record: TaskRecord): boolean => record.submission === 'uncertain';
