import { z } from 'zod';
import { kinds, surfaces } from './gateway-routes.ts';
import { taskStatuses } from './task.ts';

// One task as the studio understands it, whichever surface or response shape it
// came from.

export { isTerminal, taskStatuses, type TaskStatus } from './task.ts';

export const taskRefSchema = z.object({
  surface: z.enum(surfaces),
  kind: z.enum(kinds),
  id: z.string().min(1),
});

export const taskSchema = z.object({
  ref: taskRefSchema,
  status: z.enum(taskStatuses),
  rawStatus: z.string(), // the gateway's own word, shown when it is one we do not know
  progress: z.number().nullable(), // 0–100; coarse (10/20/30/100) on real gateways
  videoUrl: z.string().nullable(),
  videoSeconds: z.number().nullable(),
  model: z.string().nullable(),
  createdAt: z.number().nullable(), // Unix milliseconds
  updatedAt: z.number().nullable(),
  completedAt: z.number().nullable(),
  // When it started running, where the gateway says (new-api's start_time); absent elsewhere and in older records.
  startedAt: z.number().nullable().optional(),
  error: z.object({ message: z.string(), code: z.string().nullable() }).nullable(),
  externalTaskId: z.string().nullable(),
  // Which shape the gateway answered in: 'envelope' is new-api's, a hint that it drops
  // metadata outside Kling's classic fields (docs/gateway-contract.md). Absent in older records.
  answerShape: z.enum(['task', 'kling', 'envelope']).optional(),
});
export type Task = z.infer<typeof taskSchema>;
