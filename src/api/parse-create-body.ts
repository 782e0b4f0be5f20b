import { z } from 'zod';
import { aspectForSize, aspectRatios, modes } from './contract-limits.ts';
import type { Surface } from './gateway-routes.ts';
import { cameraControlSchema, dynamicMaskSchema, generationRequestSchema, type GenerationRequest } from './generation-request.schema.ts';

// Wire shapes of a create body, as the gateway receives them. Lenient about what
// it does not model (passthrough), strict about the types of what it does. Used
// by the simulator to read requests exactly as a gateway would.

const numberish = z.union([
  z.number(),
  z
    .string()
    .regex(/^\d+(\.\d+)?$/)
    .transform(Number),
]);

const shotWireSchema = z.object({
  index: z.number().optional(),
  prompt: z.string(),
  duration: numberish,
});

const klingFieldsSchema = z
  .object({
    negative_prompt: z.string().optional(),
    aspect_ratio: z.string().optional(),
    image_tail: z.string().optional(),
    cfg_scale: z.number().optional(),
    camera_control: z.unknown().optional(),
    static_mask: z.string().optional(),
    dynamic_masks: z.array(dynamicMaskSchema).optional(),
    callback_url: z.string().optional(),
    external_task_id: z.string().optional(),
    sound: z.enum(['on', 'off']).optional(),
    multi_shot: z.boolean().optional(),
    shot_type: z.enum(['customize', 'intelligence']).optional(),
    multi_prompt: z.array(shotWireSchema).optional(),
  })
  .passthrough();

export const unifiedCreateBodySchema = z
  .object({
    model: z.string().optional(),
    prompt: z.string().optional(),
    image: z.string().optional(),
    mode: z.string().optional(),
    duration: numberish.optional(),
    size: z.string().optional(),
    metadata: klingFieldsSchema.optional(),
  })
  .passthrough();

export const klingCreateBodySchema = klingFieldsSchema.extend({
  model_name: z.string().optional(),
  model: z.string().optional(),
  prompt: z.string().optional(),
  image: z.string().optional(),
  mode: z.string().optional(),
  duration: numberish.optional(),
});

export type WireProblem = { field: string; message: string };
export type ParsedCreateBody =
  { ok: true; request: GenerationRequest; rawMode: string | null; rawAspect: string | null } | { ok: false; problem: WireProblem };

const known = new Set([
  'negative_prompt',
  'aspect_ratio',
  'image_tail',
  'cfg_scale',
  'camera_control',
  'static_mask',
  'dynamic_masks',
  'callback_url',
  'external_task_id',
  'sound',
  'multi_shot',
  'shot_type',
  'multi_prompt',
  'model',
  'model_name',
  'prompt',
  'image',
  'mode',
  'duration',
  'size',
  'metadata',
]);

const firstProblem = (error: z.ZodError): WireProblem => {
  const issue = error.issues[0];
  return { field: issue?.path.join('.') || 'body', message: issue?.message ?? 'invalid body' };
};

/** Reads a create body of either surface into the studio's request model. */
export const parseCreateBody = (surface: Surface, raw: unknown): ParsedCreateBody => {
  const schema = surface === 'unified' ? unifiedCreateBodySchema : klingCreateBodySchema;
  const parsed = schema.safeParse(raw);
  if (!parsed.success) return { ok: false, problem: firstProblem(parsed.error) };
  const body = parsed.data as z.infer<typeof klingCreateBodySchema> & z.infer<typeof unifiedCreateBodySchema>;
  const fields = (surface === 'unified' ? (body.metadata ?? {}) : body) as z.infer<typeof klingFieldsSchema>;

  let cameraControl = null;
  if (fields.camera_control !== undefined) {
    const camera = cameraControlSchema.safeParse(fields.camera_control);
    if (!camera.success) return { ok: false, problem: { field: 'camera_control', message: 'camera_control is malformed' } };
    cameraControl = camera.data;
  }
  // Kling requires shot_type whenever multi_shot is on; guessing one would hide the mistake.
  if (fields.multi_shot && fields.shot_type === undefined)
    return {
      ok: false,
      problem: {
        field: surface === 'unified' ? 'metadata.shot_type' : 'shot_type',
        message: 'shot_type is required when multi_shot is true',
      },
    };
  const rawAspect = fields.aspect_ratio ?? (body.size ? aspectForSize(body.size) : null) ?? null;
  const rawMode = body.mode ?? null;
  const extraMetadata = Object.fromEntries(Object.entries(fields).filter(([key]) => !known.has(key)));

  const request = generationRequestSchema.parse({
    model: (surface === 'unified' ? body.model : (body.model_name ?? body.model)) ?? '',
    prompt: body.prompt ?? '',
    negativePrompt: fields.negative_prompt ?? '',
    mode: modes.find((m) => m === rawMode) ?? 'std',
    duration: body.duration ?? 5,
    aspectRatio: aspectRatios.find((a) => a === rawAspect) ?? '16:9',
    image: body.image ?? null,
    imageTail: fields.image_tail ?? null,
    cfgScale: fields.cfg_scale ?? null,
    cameraControl,
    staticMask: fields.static_mask ?? null,
    dynamicMasks: fields.dynamic_masks ?? null,
    callbackUrl: fields.callback_url ?? null,
    externalTaskId: fields.external_task_id ?? null,
    sound: fields.sound ?? null,
    multiShot: fields.multi_shot
      ? {
          shotType: fields.shot_type ?? 'intelligence',
          // Kling orders the shots by `index`; a shot without one keeps its place.
          shots: (fields.multi_prompt ?? [])
            .map((shot, at) => ({ shot, order: shot.index ?? at + 1 }))
            .sort((a, b) => a.order - b.order)
            .map(({ shot }) => ({ prompt: shot.prompt, duration: shot.duration })),
        }
      : null,
    extraMetadata,
  });
  return { ok: true, request, rawMode, rawAspect };
};
