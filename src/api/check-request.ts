import {
  CAMERA_AXIS_MAX,
  CAMERA_AXIS_MIN,
  CFG_MAX,
  CFG_MIN,
  DURATION_MAX,
  DURATION_MIN,
  DYNAMIC_MASKS_MAX,
  IMAGE_ASPECT_MAX,
  IMAGE_ASPECT_MIN,
  IMAGE_MAX_BYTES,
  IMAGE_MIN_SIDE,
  PROMPT_MAX,
  SHOT_PROMPT_MAX,
  SHOTS_MAX,
  SHOTS_MIN,
  TRAJECTORY_POINTS_MAX,
  TRAJECTORY_POINTS_MIN,
  cameraAxes,
} from './contract-limits.ts';
import type { GenerationRequest } from './generation-request.schema.ts';
import { base64DecodedLength, decodeBase64Prefix, isBase64, readImageHeader } from './image-header.ts';

// Kling's hard rules for a request, the ones that make Kling reject it. Shared by
// the composer (to block Generate with a reason next to each field) and the
// simulator (to answer as Kling would). Model-specific support is advice, not a
// rule, and lives with the model capabilities instead.

export type RuleIssue = {
  field: string; // a GenerationRequest field, with an index path for lists (e.g. `multiShot.shots.1.prompt`)
  rule: string; // a stable id the UI translates
  params: Record<string, string | number>;
  message: string; // plain English naming the contract field and the limit
};

type Push = (field: string, rule: string, params: RuleIssue['params'], message: string) => void;

const checkText = (push: Push, field: string, wire: string, value: string, max: number) => {
  if (value.length > max)
    push(field, 'too_long', { max, actual: value.length }, `${wire} must be at most ${max} characters (it has ${value.length})`);
};

export const checkImage = (push: Push, field: string, wire: string, value: string) => {
  if (value.startsWith('data:')) {
    push(field, 'image_data_prefix', {}, `${wire} must be a URL or Base64 without the "data:" prefix`);
    return;
  }
  if (/^https?:\/\//i.test(value)) return;
  if (!isBase64(value)) {
    push(field, 'image_not_url_or_base64', {}, `${wire} must be an http(s) URL or Base64 data`);
    return;
  }
  const size = base64DecodedLength(value);
  if (size > IMAGE_MAX_BYTES)
    push(field, 'image_too_large', { max: IMAGE_MAX_BYTES, actual: size }, `${wire} must be at most 10 MB (it is ${size} bytes)`);
  const header = readImageHeader(decodeBase64Prefix(value));
  if (!header) {
    push(field, 'image_format', {}, `${wire} must be a JPG or PNG image`);
    return;
  }
  const { width, height } = header;
  if (Math.min(width, height) < IMAGE_MIN_SIDE)
    push(
      field,
      'image_too_small',
      { min: IMAGE_MIN_SIDE, width, height },
      `${wire} must be at least ${IMAGE_MIN_SIDE} px on each side (it is ${width}x${height})`,
    );
  const aspect = width / height;
  if (aspect < IMAGE_ASPECT_MIN || aspect > IMAGE_ASPECT_MAX)
    push(field, 'image_aspect', { width, height }, `${wire} must have a width:height between 1:2.5 and 2.5:1 (it is ${width}x${height})`);
};

const checkCamera = (push: Push, request: GenerationRequest) => {
  const camera = request.cameraControl;
  if (!camera) return;
  if (camera.type !== 'simple') {
    if (camera.config && Object.values(camera.config).some((v) => v !== 0))
      push(
        'cameraControl',
        'camera_config_not_allowed',
        { type: camera.type },
        `camera_control.config is only allowed with type "simple" (type is "${camera.type}")`,
      );
    return;
  }
  const config = camera.config ?? {};
  for (const axis of cameraAxes) {
    const value = config[axis] ?? 0;
    if (value < CAMERA_AXIS_MIN || value > CAMERA_AXIS_MAX)
      push(
        `cameraControl.config.${axis}`,
        'camera_axis_range',
        { axis, min: CAMERA_AXIS_MIN, max: CAMERA_AXIS_MAX, actual: value },
        `camera_control.config.${axis} must be between ${CAMERA_AXIS_MIN} and ${CAMERA_AXIS_MAX} (it is ${value})`,
      );
  }
  const moving = cameraAxes.filter((axis) => (config[axis] ?? 0) !== 0);
  if (moving.length !== 1)
    push(
      'cameraControl',
      'camera_one_axis',
      { count: moving.length },
      `camera_control with type "simple" needs exactly one non-zero axis (it has ${moving.length})`,
    );
};

const base64Size = (value: string | null): { width: number; height: number } | null => {
  if (!value || !isBase64(value)) return null;
  const header = readImageHeader(decodeBase64Prefix(value));
  return header && header.width > 0 && header.height > 0 ? header : null;
};

// "Same aspect ratio" between whole-pixel sizes: a mask scaled from the frame may be off by a rounding.
const MASK_ASPECT_TOLERANCE = 0.01;

// A mask has the first frame's aspect ratio and all masks share one resolution
// (docs/gateway-contract.md#klings-parameter-limits); a path lies on the first frame. Only sizes read from Base64 are
// known here: a linked image is Kling's to fetch.
const checkMaskShapes = (push: Push, request: GenerationRequest) => {
  const frame = base64Size(request.image);
  const masks = [
    { field: 'staticMask', wire: 'static_mask', value: request.staticMask },
    ...(request.dynamicMasks ?? []).map((mask, i) => ({
      field: `dynamicMasks.${i}.mask`,
      wire: `dynamic_masks[${i}].mask`,
      value: mask.mask,
    })),
  ].flatMap((mask) => {
    const size = base64Size(mask.value);
    return size ? [{ ...mask, ...size }] : [];
  });
  for (const mask of masks) {
    if (!frame || Math.abs(mask.width / mask.height / (frame.width / frame.height) - 1) <= MASK_ASPECT_TOLERANCE) continue;
    push(
      mask.field,
      'mask_aspect',
      { width: mask.width, height: mask.height, frameWidth: frame.width, frameHeight: frame.height },
      `${mask.wire} must have the first frame's aspect ratio (it is ${mask.width}x${mask.height}, the first frame ${frame.width}x${frame.height})`,
    );
  }
  const [reference, ...others] = masks;
  for (const mask of others) {
    if (!reference || (mask.width === reference.width && mask.height === reference.height)) continue;
    push(
      mask.field,
      'mask_resolution',
      { width: mask.width, height: mask.height, expectedWidth: reference.width, expectedHeight: reference.height },
      `${mask.wire} must share one resolution with the other masks (it is ${mask.width}x${mask.height}, ${reference.wire} is ${reference.width}x${reference.height})`,
    );
  }
  if (!frame) return;
  (request.dynamicMasks ?? []).forEach((mask, i) => {
    if (mask.trajectories.some((p) => p.x < 0 || p.y < 0 || p.x > frame.width || p.y > frame.height))
      push(
        `dynamicMasks.${i}.trajectories`,
        'trajectory_bounds',
        { width: frame.width, height: frame.height },
        `dynamic_masks[${i}].trajectories must lie inside the first frame (0 to ${frame.width} by 0 to ${frame.height} px)`,
      );
  });
};

const checkMasks = (push: Push, request: GenerationRequest) => {
  if (request.staticMask) checkImage(push, 'staticMask', 'static_mask', request.staticMask);
  const masks = request.dynamicMasks ?? [];
  if (masks.length > DYNAMIC_MASKS_MAX)
    push(
      'dynamicMasks',
      'too_many_masks',
      { max: DYNAMIC_MASKS_MAX, actual: masks.length },
      `dynamic_masks takes at most ${DYNAMIC_MASKS_MAX} entries (it has ${masks.length})`,
    );
  masks.forEach((mask, i) => {
    checkImage(push, `dynamicMasks.${i}.mask`, `dynamic_masks[${i}].mask`, mask.mask);
    const points = mask.trajectories;
    if (points.length < TRAJECTORY_POINTS_MIN || points.length > TRAJECTORY_POINTS_MAX)
      push(
        `dynamicMasks.${i}.trajectories`,
        'trajectory_points',
        { min: TRAJECTORY_POINTS_MIN, max: TRAJECTORY_POINTS_MAX, actual: points.length },
        `dynamic_masks[${i}].trajectories needs ${TRAJECTORY_POINTS_MIN} to ${TRAJECTORY_POINTS_MAX} points (it has ${points.length})`,
      );
    if (points.some((p) => !Number.isInteger(p.x) || !Number.isInteger(p.y)))
      push(
        `dynamicMasks.${i}.trajectories`,
        'trajectory_integers',
        {},
        `dynamic_masks[${i}].trajectories must use whole-pixel coordinates`,
      );
  });
  checkMaskShapes(push, request);
};

const checkShots = (push: Push, request: GenerationRequest) => {
  const multi = request.multiShot;
  if (!multi || multi.shotType !== 'customize') return;
  const shots = multi.shots;
  if (shots.length < SHOTS_MIN || shots.length > SHOTS_MAX)
    push(
      'multiShot.shots',
      'shot_count',
      { min: SHOTS_MIN, max: SHOTS_MAX, actual: shots.length },
      `multi_prompt takes ${SHOTS_MIN} to ${SHOTS_MAX} shots (it has ${shots.length})`,
    );
  shots.forEach((shot, i) => {
    if (!shot.prompt.trim()) push(`multiShot.shots.${i}.prompt`, 'required', {}, `multi_prompt[${i}].prompt is required`);
    checkText(push, `multiShot.shots.${i}.prompt`, `multi_prompt[${i}].prompt`, shot.prompt, SHOT_PROMPT_MAX);
    if (!Number.isInteger(shot.duration) || shot.duration < 1)
      push(
        `multiShot.shots.${i}.duration`,
        'shot_duration',
        { min: 1, actual: shot.duration },
        `multi_prompt[${i}].duration must be a whole number of at least 1 second`,
      );
  });
  const total = shots.reduce((sum, shot) => sum + shot.duration, 0);
  if (shots.length > 0 && total !== request.duration)
    push(
      'multiShot.shots',
      'shot_total',
      { total, duration: request.duration },
      `multi_prompt durations add up to ${total} s but duration is ${request.duration} s`,
    );
};

export const isHttpUrl = (value: string): boolean => {
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
};

export const checkRequest = (request: GenerationRequest): RuleIssue[] => {
  const issues: RuleIssue[] = [];
  const push: Push = (field, rule, params, message) => issues.push({ field, rule, params, message });

  if (!request.model.trim()) push('model', 'required', {}, 'model is required');
  if (!request.prompt.trim()) push('prompt', 'required', {}, 'prompt is required');
  checkText(push, 'prompt', 'prompt', request.prompt, PROMPT_MAX);
  checkText(push, 'negativePrompt', 'negative_prompt', request.negativePrompt, PROMPT_MAX);

  if (request.cfgScale !== null && (request.cfgScale < CFG_MIN || request.cfgScale > CFG_MAX))
    push(
      'cfgScale',
      'cfg_range',
      { min: CFG_MIN, max: CFG_MAX, actual: request.cfgScale },
      `cfg_scale must be between ${CFG_MIN} and ${CFG_MAX} (it is ${request.cfgScale})`,
    );
  if (!Number.isInteger(request.duration) || request.duration < DURATION_MIN || request.duration > DURATION_MAX)
    push(
      'duration',
      'duration_range',
      { min: DURATION_MIN, max: DURATION_MAX, actual: request.duration },
      `duration must be a whole number of seconds from ${DURATION_MIN} to ${DURATION_MAX} (it is ${request.duration})`,
    );

  if (request.image) checkImage(push, 'image', 'image', request.image);
  if (request.imageTail) {
    checkImage(push, 'imageTail', 'image_tail', request.imageTail);
    if (!request.image) push('imageTail', 'tail_needs_image', {}, 'image_tail needs a first frame (image)');
  }
  const hasMasks = Boolean(request.staticMask) || (request.dynamicMasks?.length ?? 0) > 0;
  const exclusive = [
    request.imageTail ? 'image_tail' : null,
    hasMasks ? 'masks' : null,
    request.cameraControl ? 'camera_control' : null,
  ].filter((x): x is string => x !== null);
  if (exclusive.length > 1)
    push(
      'exclusive',
      'exclusive_controls',
      { active: exclusive.join(', ') },
      `image_tail, masks and camera_control exclude one another (this request uses ${exclusive.join(' and ')})`,
    );
  if ((request.imageTail || hasMasks) && request.duration !== 5)
    push(
      'duration',
      'duration_fixed_5',
      { actual: request.duration },
      `with image_tail or masks the duration must be 5 s (it is ${request.duration} s)`,
    );

  checkCamera(push, request);
  checkMasks(push, request);
  checkShots(push, request);

  if (request.callbackUrl !== null && request.callbackUrl !== '') {
    if (!isHttpUrl(request.callbackUrl)) push('callbackUrl', 'url', {}, 'callback_url must be an http(s) URL');
  }
  return issues;
};
