import { generationRequestSchema, type GenerationRequest } from '../../src/api/generation-request.schema.ts';
import { KLING_DEFAULT_MODEL, type KlingCameraAxis } from './kling-limits.ts';

// The body Kling itself receives (its own field names, duration as a string): what
// kling-rules.ts checks and what a task is made from, whichever gateway relayed it.

export type KlingShot = { index?: number; prompt: string; duration: string | number };
export type KlingDynamicMask = { mask?: string; trajectories?: { x: number; y: number }[] };

export type KlingPayload = {
  model_name?: string;
  model?: string;
  prompt?: string;
  negative_prompt?: string;
  image?: string;
  image_tail?: string;
  mode?: string;
  duration?: string;
  aspect_ratio?: string;
  cfg_scale?: number;
  static_mask?: string;
  dynamic_masks?: KlingDynamicMask[];
  camera_control?: { type?: string; config?: Partial<Record<KlingCameraAxis, number>> };
  callback_url?: string;
  external_task_id?: string;
  watermark_info?: { enabled?: boolean };
  sound?: string;
  multi_shot?: boolean;
  shot_type?: string;
  multi_prompt?: KlingShot[];
};

const text = (value: string | null | undefined) => (value?.trim() ? value : undefined);

/** The document profile's gateway: everything the studio's request model holds reaches Kling, with the words as sent. */
export const klingPayloadOf = (request: GenerationRequest, raw: { rawMode: string | null; rawAspect: string | null }): KlingPayload => ({
  model_name: request.model,
  prompt: request.prompt,
  negative_prompt: text(request.negativePrompt),
  image: text(request.image),
  image_tail: text(request.imageTail),
  mode: text(raw.rawMode) ?? request.mode,
  duration: String(request.duration),
  aspect_ratio: text(raw.rawAspect) ?? request.aspectRatio,
  cfg_scale: request.cfgScale ?? undefined,
  static_mask: text(request.staticMask),
  dynamic_masks: request.dynamicMasks ?? undefined,
  camera_control: request.cameraControl ?? undefined,
  callback_url: text(request.callbackUrl),
  external_task_id: text(request.externalTaskId),
  sound: request.sound ?? undefined,
  ...(request.multiShot
    ? {
        multi_shot: true,
        shot_type: request.multiShot.shotType,
        multi_prompt: request.multiShot.shots.map((shot, i) => ({ index: i + 1, prompt: shot.prompt, duration: String(shot.duration) })),
      }
    : {}),
});

/** What a task records of a payload Kling accepted (kling-rules.ts found nothing), with Kling's defaults filled in. */
export const requestOfPayload = (payload: KlingPayload): GenerationRequest =>
  generationRequestSchema.parse({
    model: payload.model_name ?? KLING_DEFAULT_MODEL,
    prompt: payload.prompt ?? '',
    negativePrompt: payload.negative_prompt ?? '',
    mode: payload.mode ?? 'std',
    duration: Number(payload.duration ?? 5),
    aspectRatio: payload.aspect_ratio ?? '16:9',
    image: payload.image ?? null,
    imageTail: payload.image_tail ?? null,
    cfgScale: payload.cfg_scale ?? null,
    cameraControl: payload.camera_control ?? null,
    staticMask: payload.static_mask ?? null,
    dynamicMasks: payload.dynamic_masks?.map((mask) => ({ mask: mask.mask ?? '', trajectories: mask.trajectories ?? [] })) ?? null,
    callbackUrl: payload.callback_url ?? null,
    externalTaskId: payload.external_task_id ?? null,
    sound: payload.sound === 'on' || payload.sound === 'off' ? payload.sound : null,
  });
