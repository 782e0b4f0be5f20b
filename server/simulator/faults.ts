import { z } from 'zod';

// Deterministic faults, two ways.
//
// a. Tokens in the prompt, per task (either surface):
//    [sim:fail]      the task fails mid-generation: "Failure to pass the risk control system"
//    [sim:slow]      the task's whole timeline (queue and generation) takes 5x longer
//    [sim:unknown]   mid-generation, queries report the status word `unknown` for a while, then it carries on
//    [sim:expired]   the task completes, but its clip URL answers 404 (expired), as a CDN would after ~30 days
//    [sim:vanish]    after the first successful query, the id no longer exists (task_not_exist / 1203)
//    [sim:envelope]  unified queries answer in the gateway envelope {"code":"success","data":{status:"IN_PROGRESS",progress:"30%",…}}
//    [sim:429]       the create answers 429 with Retry-After: 2 (no task is created)
//    [sim:500]       the create answers 500 (no task is created)
//    [sim:malformed] the create answers 200 with a body that is not JSON (no task is created)
//
// b. The admin fault queue, for tests: POST /__sim/faults with
//    {"on":"create"|"query"|"any","fault":…,"status"?,"retryAfter"?,"ms"?,"count"?}
//    queues a fault for the next `count` (default 1) gateway requests of that action
//    (faults fire after routing, before auth; unmatched paths are not affected):
//    status     answers `status` (401|429|500|502|503|504) in the surface's error shape (401: the refused-key answer), with Retry-After if `retryAfter` is set; nothing is created
//    malformed  answers 200 `<html>oops` (text/html); nothing is created
//    truncated  handles the request for real (a create does create the task), then sends only half of its JSON body
//    reset      destroys the socket without answering; nothing is created
//    hang       never answers; destroys the socket after `ms` (default 60000); nothing is created
//    delay      waits `ms` (default 1000), then handles the request normally
//    GET /__sim/faults lists the queue, DELETE /__sim/faults clears it.
//
// In the new-api profile (sim-profile.ts) both work the same, answered as new-api would:
//    [sim:fail]      ends FAILURE; the failure text is in fail_reason and in result_url
//    [sim:unknown]   Kling's raw answer (data.data.task_status) says `unknown` for a while; new-api
//                    cannot parse that word, so its own row stays IN_PROGRESS "30%". (A real new-api
//                    would also keep its older copy of Kling's answer; the word is shown so a client sees it.)
//    [sim:vanish]    after the first query, task_not_exist on both surfaces
//    [sim:envelope]  nothing: every query already answers new-api's envelope
//    [sim:429]       429 fail_to_fetch_task "当前分组上游负载已饱和，请稍后再试", without Retry-After
//    [sim:500]       500 {"error":{"type":"new_api_error",…}}
//    status faults   401 Invalid token; 429 as [sim:429] (`retryAfter` is ignored: new-api never sends
//                    Retry-After); 500 new_api_error; 502/503/504 upstream_error
//    [sim:slow], [sim:expired], [sim:malformed] and the other faults as above.

export const promptTokens = ['fail', 'slow', 'unknown', 'expired', 'vanish', 'envelope', '429', '500', 'malformed'] as const;
export type PromptToken = (typeof promptTokens)[number];

export const readPromptTokens = (prompt: string): Set<PromptToken> => {
  const found = new Set<PromptToken>();
  for (const token of promptTokens) if (prompt.includes(`[sim:${token}]`)) found.add(token);
  return found;
};

export const faultSpecSchema = z
  .object({
    on: z.enum(['create', 'query', 'any']),
    fault: z.enum(['status', 'malformed', 'truncated', 'reset', 'hang', 'delay']),
    status: z.union([z.literal(401), z.literal(429), z.literal(500), z.literal(502), z.literal(503), z.literal(504)]).optional(),
    retryAfter: z.number().int().min(0).max(3600).optional(),
    ms: z.number().int().min(0).max(600_000).optional(),
    count: z.number().int().min(1).max(1000).default(1),
  })
  .strict()
  .refine((spec) => spec.fault !== 'status' || spec.status !== undefined, {
    message: 'fault "status" needs a status (401, 429, 500, 502, 503 or 504)',
    path: ['status'],
  });
export type FaultSpec = z.infer<typeof faultSpecSchema>;
export type QueuedFault = FaultSpec & { id: number; remaining: number };

export const createFaultQueue = () => {
  let queue: QueuedFault[] = [];
  let nextId = 1;
  return {
    add: (spec: FaultSpec): QueuedFault => {
      const entry = { ...spec, id: nextId++, remaining: spec.count };
      queue.push(entry);
      return entry;
    },
    /** The next queued fault for this action, consuming one of its uses. */
    take: (action: 'create' | 'query'): QueuedFault | null => {
      const entry = queue.find((f) => f.on === 'any' || f.on === action);
      if (!entry) return null;
      entry.remaining -= 1;
      if (entry.remaining <= 0) queue = queue.filter((f) => f !== entry);
      return { ...entry };
    },
    list: (): QueuedFault[] => queue.map((f) => ({ ...f })),
    clear: (): number => {
      const count = queue.length;
      queue = [];
      return count;
    },
  };
};
export type FaultQueue = ReturnType<typeof createFaultQueue>;
