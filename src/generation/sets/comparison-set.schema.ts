import { z } from 'zod';
import { SET_ID_PATTERN, setKinds } from './comparison-set.ts';

// A saved set membership, checked wherever one is read back (history rows, queued
// items, imports). Apart from comparison-set.ts so the start path stays free of zod.
export const setMembershipSchema = z.object({
  id: z.string().regex(SET_ID_PATTERN),
  kind: z.enum(setKinds),
  parameter: z.string().max(64).nullable(),
  caption: z.string().max(500),
  position: z.number().int().min(0),
});
