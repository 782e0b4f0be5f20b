import { z } from 'zod';

// Every response shape CONTRACT.md documents, lenient in what they accept: deployed
// gateways of this family vary, so unknown fields pass and loose types coerce.

const timestamp = z.union([z.number(), z.string().regex(/^\d+$/).transform(Number)]);
const progress = z.union([z.number(), z.string()]);
const idLike = z.union([z.string(), z.number().transform(String)]);

/** The unified surface's task object (create and query). */
export const unifiedTaskSchema = z
  .object({
    id: idLike.optional(),
    task_id: idLike.optional(),
    object: z.string().optional(),
    model: z.string().optional(),
    status: z.string(),
    progress: progress.optional(),
    seconds: z.union([z.string(), z.number()]).optional(),
    created_at: timestamp.optional(),
    completed_at: timestamp.nullish(),
    updated_at: timestamp.nullish(),
    url: z.string().optional(),
    metadata: z.object({ url: z.string().optional() }).passthrough().nullish(),
    fail_reason: z.string().nullish(),
    error: z.union([z.string(), z.object({ message: z.string().optional(), code: z.union([z.string(), z.number()]).optional() }).passthrough()]).nullish(),
  })
  .passthrough()
  .refine((task) => task.id !== undefined || task.task_id !== undefined, { message: 'task has no id' });
export type UnifiedTask = z.infer<typeof unifiedTaskSchema>;

/** The gateway's own envelope: `{code:"success", data:{task_id, status:"IN_PROGRESS", progress:"30%", …}}`. */
export const gatewayEnvelopeSchema = z
  .object({
    code: z.literal('success'),
    message: z.string().optional(),
    data: z
      .object({
        task_id: idLike,
        status: z.string(),
        progress: progress.optional(),
        fail_reason: z.string().nullish(),
        result_url: z.string().nullish(),
        submit_time: timestamp.nullish(),
        finish_time: timestamp.nullish(),
        data: z.unknown().optional(),
      })
      .passthrough(),
  })
  .passthrough();
export type GatewayEnvelope = z.infer<typeof gatewayEnvelopeSchema>;

export const klingVideoSchema = z
  .object({ id: idLike.optional(), url: z.string(), duration: z.union([z.string(), z.number()]).optional() })
  .passthrough();

export const klingTaskDataSchema = z
  .object({
    task_id: idLike,
    task_status: z.string(),
    task_status_msg: z.string().nullish(),
    task_info: z.object({ external_task_id: z.string().nullish() }).passthrough().nullish(),
    created_at: timestamp.optional(),
    updated_at: timestamp.optional(),
    task_result: z.object({ videos: z.array(klingVideoSchema).optional() }).passthrough().nullish(),
  })
  .passthrough();

/** Kling's own envelope: `{code:0, message:"SUCCEED", data:{task_id, task_status, …}}`. */
export const klingEnvelopeSchema = z
  .object({ code: z.literal(0), message: z.string().optional(), request_id: z.string().optional(), data: klingTaskDataSchema })
  .passthrough();
export type KlingEnvelope = z.infer<typeof klingEnvelopeSchema>;

// The three error shapes.
export const openAiErrorSchema = z.object({
  error: z.object({ message: z.string(), type: z.string().optional(), code: z.union([z.string(), z.number()]).nullish() }).passthrough(),
});
export const gatewayErrorSchema = z.object({ code: z.string(), message: z.string(), data: z.null().optional() }).passthrough();
export const klingErrorSchema = z
  .object({ code: z.number().int().refine((code) => code !== 0), message: z.string(), request_id: z.string().optional() })
  .passthrough();

export type GatewayErrorBody = { message: string; code: string | null };

/** Reads any of the three error shapes; null when the body is none of them. */
export const parseErrorBody = (body: unknown): GatewayErrorBody | null => {
  // A failed task object carries `error` too: that is a task to show, not an error reply.
  if (unifiedTaskSchema.safeParse(body).success) return null;
  const openAi = openAiErrorSchema.safeParse(body);
  if (openAi.success) return { message: openAi.data.error.message, code: openAi.data.error.code?.toString() ?? openAi.data.error.type ?? null };
  const kling = klingErrorSchema.safeParse(body);
  if (kling.success) return { message: kling.data.message, code: String(kling.data.code) };
  const gateway = gatewayErrorSchema.safeParse(body);
  if (gateway.success && gateway.data.code !== 'success') return { message: gateway.data.message, code: gateway.data.code };
  return null;
};
