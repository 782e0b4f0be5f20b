import { imageProblem } from './kling-image-rules.ts';
import { checkMasks } from './kling-mask-rules.ts';
import {
  durationRuleFor,
  KLING_DEFAULT_MODEL,
  klingAspectRatios,
  klingCameraAxes,
  klingCameraTypes,
  klingLimits as L,
  klingModes,
  type DurationRule,
} from './kling-limits.ts';
import type { KlingPayload } from './kling-payload.ts';

// What Kling refuses (code 1201) about the body it received, in both profiles. Kling
// answers one message; the first problem here is that message.

export type Say = (message: string) => void;

const oneOf = (list: readonly string[]) => list.join(', ');
const isHttpUrl = (value: string) => {
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
};

const checkText = (say: Say, wire: string, value: string | undefined, max: number) => {
  if (value !== undefined && value.length > max) say(`${wire} must be at most ${max} characters (it has ${value.length})`);
};

const durationText = (rule: DurationRule) =>
  rule.kind === 'choices' ? `${rule.values.join(' or ')} seconds` : `a whole number of seconds from ${rule.min} to ${rule.max}`;

const checkDuration = (say: Say, p: KlingPayload, seconds: number | null, fixed: boolean) => {
  if (seconds === null) return say(`duration must be a whole number of seconds (it is "${p.duration}")`);
  const model = p.model_name ?? KLING_DEFAULT_MODEL;
  const rule = durationRuleFor(model);
  const allowed = rule.kind === 'choices' ? rule.values.includes(seconds) : seconds >= rule.min && seconds <= rule.max;
  if (!allowed) say(`duration must be ${durationText(rule)} on ${model} (it is ${seconds})`);
  if (fixed && seconds !== L.fixedSeconds) say(`with image_tail or masks the duration must be ${L.fixedSeconds} s (it is ${seconds} s)`);
};

const checkCamera = (say: Say, camera: KlingPayload['camera_control']) => {
  if (!camera) return;
  const type = camera.type ?? '';
  if (!(klingCameraTypes as readonly string[]).includes(type))
    return say(`camera_control.type must be one of ${oneOf(klingCameraTypes)} (it is "${type}")`);
  const config = camera.config ?? {};
  if (type !== 'simple') {
    if (Object.values(config).some((v) => v !== 0)) say(`camera_control.config is only allowed with type "simple" (type is "${type}")`);
    return;
  }
  for (const axis of klingCameraAxes) {
    const value = config[axis] ?? 0;
    if (value < L.cameraAxisMin || value > L.cameraAxisMax)
      say(`camera_control.config.${axis} must be between ${L.cameraAxisMin} and ${L.cameraAxisMax} (it is ${value})`);
  }
  const moving = klingCameraAxes.filter((axis) => (config[axis] ?? 0) !== 0).length;
  if (moving !== 1) say(`camera_control with type "simple" needs exactly one non-zero axis (it has ${moving})`);
};

const checkShots = (say: Say, p: KlingPayload, seconds: number | null) => {
  if (!p.multi_shot) return;
  if (p.shot_type === undefined) return say('shot_type is required when multi_shot is true');
  if (p.shot_type !== 'customize' && p.shot_type !== 'intelligence')
    return say(`shot_type must be customize or intelligence (it is "${p.shot_type}")`);
  if (p.shot_type !== 'customize') return;
  const shots = p.multi_prompt ?? [];
  if (shots.length < L.shotsMin || shots.length > L.shotsMax)
    say(`multi_prompt takes ${L.shotsMin} to ${L.shotsMax} shots (it has ${shots.length})`);
  shots.forEach((shot, i) => {
    if (!shot.prompt.trim()) say(`multi_prompt[${i}].prompt is required`);
    checkText(say, `multi_prompt[${i}].prompt`, shot.prompt, L.shotPromptMax);
    const length = Number(shot.duration);
    if (!Number.isInteger(length) || length < L.shotSecondsMin)
      say(`multi_prompt[${i}].duration must be a whole number of at least ${L.shotSecondsMin} second`);
  });
  const total = shots.reduce((sum, shot) => sum + Number(shot.duration), 0);
  if (shots.length > 0 && seconds !== null && total !== seconds)
    say(`multi_prompt durations add up to ${total} s but duration is ${seconds} s`);
};

export const checkKling = (p: KlingPayload): string[] => {
  const problems: string[] = [];
  const say: Say = (message) => void problems.push(message);
  const seconds = /^\d+$/.test(p.duration ?? '5') ? Number(p.duration ?? 5) : null;
  const hasMasks = Boolean(p.static_mask) || (p.dynamic_masks?.length ?? 0) > 0;

  // Only text-to-video needs a prompt; the gateway checked its own copy, not the one Kling got.
  if (!p.prompt?.trim() && !p.image) say('prompt is required');
  checkText(say, 'prompt', p.prompt, L.promptMax);
  checkText(say, 'negative_prompt', p.negative_prompt, L.promptMax);
  if (p.cfg_scale !== undefined && (p.cfg_scale < L.cfgMin || p.cfg_scale > L.cfgMax))
    say(`cfg_scale must be between ${L.cfgMin} and ${L.cfgMax} (it is ${p.cfg_scale})`);
  if (p.mode !== undefined && !(klingModes as readonly string[]).includes(p.mode))
    say(`mode must be ${klingModes.join(' or ')} (it is "${p.mode}")`);
  if (p.aspect_ratio !== undefined && !(klingAspectRatios as readonly string[]).includes(p.aspect_ratio))
    say(`aspect_ratio must be one of ${oneOf(klingAspectRatios)} (it is "${p.aspect_ratio}")`);
  checkDuration(say, p, seconds, Boolean(p.image_tail) || hasMasks);

  for (const [wire, value] of [
    ['image', p.image],
    ['image_tail', p.image_tail],
  ] as const) {
    const problem = value ? imageProblem(wire, value) : null;
    if (problem) say(problem);
  }
  if (p.image_tail && !p.image) say('image_tail needs a first frame (image)');
  const exclusive = [p.image_tail ? 'image_tail' : null, hasMasks ? 'masks' : null, p.camera_control ? 'camera_control' : null].filter(
    Boolean,
  );
  if (exclusive.length > 1) say(`image_tail, masks and camera_control exclude one another (this request uses ${exclusive.join(' and ')})`);

  checkCamera(say, p.camera_control);
  checkMasks(say, p);
  checkShots(say, p, seconds);
  if (p.callback_url && !isHttpUrl(p.callback_url)) say('callback_url must be an http(s) URL');
  return problems;
};
