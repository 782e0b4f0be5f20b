import { z } from 'zod';
import { generationRequestSchema } from '../../api/generation-request.schema.ts';
import { surfaces } from '../../api/gateway-routes.ts';
import { taskRefSchema } from '../../api/task.schema.ts';
import { setMembershipSchema } from '../sets/comparison-set.schema.ts';
import { clampLimit, queueStates } from './queue-item.ts';

// What IndexedDB hands back is `unknown` until checked: an older studio or another
// tab may have written anything. Loaded with the persistence, off the start path.

export const queueItemSchema = z.object({
  id: z.string().min(1).max(100),
  submission: z.object({
    request: generationRequestSchema,
    surface: z.enum(surfaces),
    set: setMembershipSchema.optional(),
    replaces: taskRefSchema.optional(),
  }),
  state: z.enum(queueStates),
  position: z.number(),
  addedAt: z.number(),
  busyCount: z.number().int().min(0).default(0),
  error: z
    .object({
      kind: z.string(),
      status: z.number().nullable(),
      message: z.string(),
      code: z.string().nullish(),
      retryAfterMs: z.number().nullish(),
    })
    .nullable()
    .default(null),
  // The tab that marked it 'sending' (tab-lock.ts); absent where navigator.locks is missing and in older rows.
  claimedBy: z.string().max(100).optional(),
});

export const queueSettingsSchema = z.object({
  limit: z.number().transform(clampLimit),
  paused: z.boolean(),
});
