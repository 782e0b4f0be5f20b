import { z } from 'zod';
import { generationRequestSchema } from '../../api/generation-request.schema.ts';
import { taskRefSchema, taskSchema } from '../../api/task.schema.ts';
import { setMembershipSchema } from '../sets/comparison-set.schema.ts';

// Validates every stored, imported or exported record (task-repository.ts,
// history-file.ts). task-record.ts has the type and helpers without zod.

// What the studio keeps about a task it created or was told about: the gateway's
// latest answer plus what only the studio knows (the request, when it was sent).
export const taskRecordSchema = z.object({
  ref: taskRefSchema,
  // null for a task added by id (e.g. made with curl): the studio never saw its request.
  request: generationRequestSchema.nullable(),
  submittedAt: z.number(),
  task: taskSchema.nullable(),
  starred: z.boolean().default(false),
  origin: z.enum(['studio', 'added', 'imported']).default('studio'),
  // A create that timed out or lost its connection: the gateway may or may not have
  // made (and charged for) it, and it gave no id. Absent on every other record, so
  // rows saved before this field existed load unchanged.
  submission: z.literal('uncertain').optional(),
  // Member of a comparison set (sets/comparison-set.ts); absent for a task sent on its own.
  set: setMembershipSchema.optional(),
});
export type TaskRecord = z.infer<typeof taskRecordSchema>;
