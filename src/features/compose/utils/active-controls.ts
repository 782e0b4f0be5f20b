import type { GenerationRequest } from '../../../api/generation-request.schema.ts';

export type ExclusiveControl = 'imageTail' | 'masks' | 'cameraControl';

/** Which of the three a request uses, including any set through the raw metadata. */
export const activeControls = (request: GenerationRequest): ExclusiveControl[] => {
  const extra = request.extraMetadata;
  const active: ExclusiveControl[] = [];
  if (request.imageTail || extra.image_tail) active.push('imageTail');
  if (request.staticMask || (request.dynamicMasks?.length ?? 0) > 0 || extra.static_mask || extra.dynamic_masks) active.push('masks');
  if (request.cameraControl || extra.camera_control) active.push('cameraControl');
  return active;
};
