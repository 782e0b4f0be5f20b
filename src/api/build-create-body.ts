import { sizeForAspect } from './contract-limits.ts';
import { createPath, type Kind, type Surface } from './gateway-routes.ts';
import type { GenerationRequest } from './generation-request.schema.ts';
import { kindOf } from './generation-request.ts';

// Kling's body fields, shared by both surfaces: the unified surface carries them
// in `metadata`, the Kling-compatible one at the top level.
const klingFields = (request: GenerationRequest): Record<string, unknown> => {
  const fields: Record<string, unknown> = {};
  const set = (key: string, value: unknown) => {
    if (value !== null && value !== undefined && value !== '') fields[key] = value;
  };
  set('negative_prompt', request.negativePrompt);
  set('image_tail', request.imageTail);
  set('cfg_scale', request.cfgScale);
  set('camera_control', request.cameraControl);
  set('static_mask', request.staticMask);
  set('dynamic_masks', request.dynamicMasks);
  set('callback_url', request.callbackUrl);
  set('external_task_id', request.externalTaskId);
  set('sound', request.sound);
  if (request.multiShot) {
    fields.multi_shot = true;
    fields.shot_type = request.multiShot.shotType;
    if (request.multiShot.shotType === 'customize') {
      fields.multi_prompt = request.multiShot.shots.map((shot, index) => ({
        index: index + 1,
        prompt: shot.prompt,
        duration: String(shot.duration),
      }));
    }
  }
  return fields;
};

// The raw metadata editor is free text, but new-api decodes metadata into Kling's own
// types and fails the whole create on a mismatch: the fields whose type is known are
// written as Kling wants them.
const inKlingTypes = (extra: Record<string, unknown>): Record<string, unknown> => {
  const fields = { ...extra };
  if (typeof fields.duration === 'number') fields.duration = String(fields.duration);
  if (typeof fields.cfg_scale === 'string' && Number.isFinite(Number(fields.cfg_scale)) && fields.cfg_scale.trim() !== '')
    fields.cfg_scale = Number(fields.cfg_scale);
  return fields;
};

export type CreateCall = { surface: Surface; kind: Kind; path: string; body: Record<string, unknown> };

export const buildCreateCall = (request: GenerationRequest, surface: Surface): CreateCall => {
  const kind = kindOf(request);
  const path = createPath(surface, kind);
  if (surface === 'unified') {
    const body: Record<string, unknown> = {
      model: request.model,
      prompt: request.prompt,
      ...(request.image ? { image: request.image } : {}),
      mode: request.mode,
      duration: request.duration,
      size: sizeForAspect[request.aspectRatio],
      // The raw metadata editor is merged last, so it can override anything the form set.
      metadata: { aspect_ratio: request.aspectRatio, ...klingFields(request), ...inKlingTypes(request.extraMetadata) },
    };
    return { surface, kind, path, body };
  }
  const body: Record<string, unknown> = {
    // new-api wraps this body into a unified request's metadata; some versions read
    // the model before that and need `model`, the others read `model_name`.
    model: request.model,
    model_name: request.model,
    prompt: request.prompt,
    ...(request.image ? { image: request.image } : {}),
    mode: request.mode,
    // Kling types duration as a string, and new-api decodes this body into Kling's
    // struct: a number there fails the create (docs/gateway-contract.md).
    duration: String(request.duration),
    aspect_ratio: request.aspectRatio,
    ...klingFields(request),
    ...inKlingTypes(request.extraMetadata),
  };
  return { surface, kind, path, body };
};
