import { z } from 'zod';

// new-api's bodies (REAL-GATEWAYS.md) as strict schemas, for the new-api profile's
// tests: every field, its type and its unit, and nothing else.

export const NEW_API_TASK_ID = /^task_[A-Za-z0-9]{32}$/;
const unixSeconds = z.number().int().positive().lt(1e12);
const unixSecondsOrZero = z.union([z.literal(0), unixSeconds]);
const unixMillis = z.number().int().gt(1e12);

export const newApiCreatedSchema = z
  .object({
    id: z.string().regex(NEW_API_TASK_ID),
    task_id: z.string().regex(NEW_API_TASK_ID),
    object: z.literal('video'),
    model: z.string().min(1),
    status: z.literal('queued'),
    progress: z.literal(0),
    created_at: unixSeconds,
  })
  .strict()
  .refine((body) => body.id === body.task_id, 'id and task_id differ');

export const klingRawSchema = z
  .object({
    code: z.literal(0),
    message: z.literal('SUCCEED'),
    request_id: z.string().min(1),
    data: z
      .object({
        task_id: z.string().regex(/^\d{18,19}$/),
        task_status: z.enum(['submitted', 'processing', 'succeed', 'failed', 'unknown']),
        task_status_msg: z.string().min(1).optional(),
        task_info: z.object({ external_task_id: z.string().optional() }).strict(),
        created_at: unixMillis,
        updated_at: unixMillis,
        task_result: z
          .object({
            videos: z.array(z.object({ id: z.string(), url: z.url(), duration: z.string().regex(/^\d+\.\d$/) }).strict()).length(1),
          })
          .strict()
          .optional(),
      })
      .strict(),
  })
  .strict();

export const newApiEnvelopeSchema = z
  .object({
    code: z.literal('success'),
    message: z.literal(''),
    data: z
      .object({
        id: z.number().int().positive(),
        created_at: unixSeconds,
        updated_at: unixSeconds,
        task_id: z.string().regex(NEW_API_TASK_ID),
        platform: z.literal('50'),
        user_id: z.number().int(),
        group: z.string(),
        channel_id: z.number().int(),
        quota: z.number().int().positive(),
        action: z.enum(['textGenerate', 'generate']),
        status: z.enum(['NOT_START', 'SUBMITTED', 'IN_PROGRESS', 'SUCCESS', 'FAILURE']),
        fail_reason: z.string(),
        submit_time: unixSeconds,
        start_time: unixSecondsOrZero,
        finish_time: unixSecondsOrZero,
        progress: z.enum(['0%', '10%', '30%', '100%']),
        properties: z
          .object({ input: z.literal(''), upstream_model_name: z.string().min(1), origin_model_name: z.string().min(1) })
          .strict(),
        result_url: z.string().min(1).optional(),
        data: klingRawSchema,
      })
      .strict(),
  })
  .strict();
export type NewApiEnvelope = z.infer<typeof newApiEnvelopeSchema>;

/** new-api's own middleware errors, with its request id at the end of the message. */
export const openAiErrorSchema = z
  .object({ error: z.object({ code: z.string(), message: z.string().regex(/ \(request id: [A-Za-z0-9]+\)$/), type: z.string() }).strict() })
  .strict();

/** The task relay's errors. */
export const taskErrorSchema = z.object({ code: z.string().min(1), message: z.string().min(1), data: z.null() }).strict();

/** Kling's own error, as new-api carries it inside a task error's message. */
export const klingInsideSchema = z.object({ code: z.number().int(), message: z.string().min(1), request_id: z.string().min(1) }).strict();
