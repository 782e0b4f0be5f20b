import { sizeForAspect } from './contract-limits.ts';
import { createPath, type Kind, type Surface } from './gateway-routes.ts';
import type { GenerationRequest } from './generation-request.ts';
import { kindOf } from './request-shape.ts';

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
      metadata: { aspect_ratio: request.aspectRatio, ...klingFields(request), ...request.extraMetadata },
    };
    return { surface, kind, path, body };
  }
  const body: Record<string, unknown> = {
    model_name: request.model,
    prompt: request.prompt,
    ...(request.image ? { image: request.image } : {}),
    mode: request.mode,
    // Kling's own API documents a string, but the gateway document (the authority)
    // sends a number on this surface too, and the gateway converts.
    duration: request.duration,
    aspect_ratio: request.aspectRatio,
    ...klingFields(request),
    ...request.extraMetadata,
  };
  return { surface, kind, path, body };
};
