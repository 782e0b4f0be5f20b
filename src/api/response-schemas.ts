import { z } from 'zod';

// Every response shape of docs/gateway-contract.md (the document's and the deployed
// new-api gateways'), lenient in what they accept: unknown fields pass and loose types
// coerce.

// Unix seconds or milliseconds, as a number or digits; some forks send RFC 3339.
const rfc3339 = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T/)
  .transform((value) => Date.parse(value))
  .refine(Number.isFinite);
const timestamp = z.union([z.number(), z.string().regex(/^\d+$/).transform(Number), rfc3339]);
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
    // A fork's place for the clip.
    output: z.object({ video_url: z.string().optional() }).passthrough().nullish(),
    fail_reason: z.string().nullish(),
    error: z
      .union([z.string(), z.object({ message: z.string().optional(), code: z.union([z.string(), z.number()]).optional() }).passthrough()])
      .nullish(),
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
        // The clip's URL on SUCCESS, but the failure text on FAILURE (new-api).
        result_url: z.string().nullish(),
        submit_time: timestamp.nullish(),
        start_time: timestamp.nullish(),
        finish_time: timestamp.nullish(),
        updated_at: timestamp.nullish(),
        properties: z.object({ origin_model_name: z.string().optional() }).passthrough().nullish(),
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
    // Older gateways answer a create with `"videos": null`.
    task_result: z
      .object({ videos: z.array(klingVideoSchema).nullish() })
      .passthrough()
      .nullish(),
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
  .object({
    code: z
      .number()
      .int()
      .refine((code) => code !== 0),
    message: z.string(),
    request_id: z.string().optional(),
  })
  .passthrough();

export type GatewayErrorBody = { message: string; code: string | null };

// new-api appends its request id to its own messages; it says nothing to a person.
const withoutRequestId = (message: string) => message.replace(/\s*\(request id: [^)]*\)\s*$/i, '').trim() || message;

// new-api relays Kling's refusal as a string of Kling's own JSON inside its message:
// {"code":"fail_to_fetch_task","message":"{\"code\":1201,\"message\":\"Image pixel is invalid\"}"}.
const klingInside = (message: string): GatewayErrorBody | null => {
  const text = message.trim();
  if (!text.startsWith('{')) return null;
  try {
    const inner = klingErrorSchema.safeParse(JSON.parse(text));
    return inner.success ? { message: inner.data.message, code: String(inner.data.code) } : null;
  } catch {
    return null;
  }
};

/** Reads any of the error shapes (docs/gateway-contract.md#errors); null when the body is none of them. */
export const parseErrorBody = (body: unknown): GatewayErrorBody | null => {
  // A failed task object carries `error` too: that is a task to show, not an error reply.
  if (unifiedTaskSchema.safeParse(body).success) return null;
  const openAi = openAiErrorSchema.safeParse(body);
  if (openAi.success) {
    const { message, code, type } = openAi.data.error;
    return klingInside(message) ?? { message: withoutRequestId(message), code: (code === '' ? null : code?.toString()) ?? type ?? null };
  }
  const kling = klingErrorSchema.safeParse(body);
  if (kling.success) return { message: kling.data.message, code: String(kling.data.code) };
  const gateway = gatewayErrorSchema.safeParse(body);
  if (gateway.success && gateway.data.code !== 'success')
    return klingInside(gateway.data.message) ?? { message: withoutRequestId(gateway.data.message), code: gateway.data.code };
  return null;
};
