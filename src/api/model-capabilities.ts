import type { Mode } from './contract-limits.ts';
import type { GenerationRequest } from './generation-request.schema.ts';

// What each known Kling model supports, as data: the composer's hints, the
// duration picker and the warnings below all read this one table. It is advice,
// never a wall: the model name is free text and the account decides (docs/gateway-contract.md#klings-parameter-limits,
// "Which model supports what differs and changes").

/** `true`, `false`, or supported only in some modes and durations. */
export type Support = boolean | { modes?: readonly Mode[]; durations?: readonly number[] };

export type Durations = { kind: 'choices'; values: readonly number[] } | { kind: 'range'; min: number; max: number };

export type ModelCapabilities = {
  durations: Durations;
  cfgScale: boolean;
  cameraControl: Support;
  firstLastFrame: Support;
  masks: Support;
  sound: boolean;
  multiShot: boolean;
};

const fiveOrTen: Durations = { kind: 'choices', values: [5, 10] };
const pro = { modes: ['pro'] } as const;

// Sources: docs/gateway-contract.md#klings-parameter-limits (cfg_scale not on v2.x; 5/10 s up to v2.6, 3–15 s on v3;
// camera only on v1 std 5 s and v1-5 pro; masks only on v1 and v1-5 pro 5 s;
// sound from v2.6, multi-shot on kling-v3) and the gateway document, whose camera example uses kling-v3.
export const modelCapabilities: Readonly<Record<string, ModelCapabilities>> = {
  'kling-v3': {
    durations: { kind: 'range', min: 3, max: 15 },
    cfgScale: true,
    cameraControl: true,
    firstLastFrame: true,
    masks: false,
    sound: true,
    multiShot: true,
  },
  'kling-v2-6': {
    durations: fiveOrTen,
    cfgScale: false,
    cameraControl: false,
    firstLastFrame: pro,
    masks: false,
    sound: true,
    multiShot: false,
  },
  'kling-v2-5-turbo': {
    durations: fiveOrTen,
    cfgScale: false,
    cameraControl: false,
    firstLastFrame: pro,
    masks: false,
    sound: false,
    multiShot: false,
  },
  'kling-v2-1-master': {
    durations: fiveOrTen,
    cfgScale: false,
    cameraControl: false,
    firstLastFrame: false,
    masks: false,
    sound: false,
    multiShot: false,
  },
  'kling-v2-1': {
    durations: fiveOrTen,
    cfgScale: false,
    cameraControl: false,
    firstLastFrame: pro,
    masks: false,
    sound: false,
    multiShot: false,
  },
  'kling-v2-master': {
    durations: fiveOrTen,
    cfgScale: false,
    cameraControl: false,
    firstLastFrame: false,
    masks: false,
    sound: false,
    multiShot: false,
  },
  'kling-v1-6': {
    durations: fiveOrTen,
    cfgScale: true,
    cameraControl: false,
    firstLastFrame: pro,
    masks: false,
    sound: false,
    multiShot: false,
  },
  'kling-v1-5': {
    durations: fiveOrTen,
    cfgScale: true,
    cameraControl: pro,
    firstLastFrame: pro,
    masks: { modes: ['pro'], durations: [5] },
    sound: false,
    multiShot: false,
  },
  'kling-v1': {
    durations: fiveOrTen,
    cfgScale: true,
    cameraControl: { modes: ['std'], durations: [5] },
    firstLastFrame: true,
    masks: { durations: [5] },
    sound: false,
    multiShot: false,
  },
};

export const knownModels = Object.keys(modelCapabilities);

export const capabilitiesFor = (model: string): ModelCapabilities | null => modelCapabilities[model.trim()] ?? null;

export const durationAllowed = (durations: Durations, seconds: number): boolean =>
  durations.kind === 'choices' ? durations.values.includes(seconds) : seconds >= durations.min && seconds <= durations.max;

/** Whether a feature is usable with this mode and duration (a conditional support counts only when its conditions hold). */
export const supports = (support: Support, mode: Mode, duration: number): boolean =>
  typeof support === 'boolean' ? support : (support.modes?.includes(mode) ?? true) && (support.durations?.includes(duration) ?? true);

export type FeatureName = 'cfgScale' | 'cameraControl' | 'firstLastFrame' | 'masks' | 'sound' | 'multiShot';

/** A model-specific doubt about a request: shown as a warning, never blocking. */
export type ModelAdvice = {
  field: string;
  rule: 'unknown_model' | 'model_duration' | 'model_feature' | 'model_feature_conditions';
  params: Record<string, string | number>;
};

const conditionText = (support: Support): string =>
  typeof support === 'boolean'
    ? ''
    : [support.modes?.join('/'), support.durations?.map((d) => `${d} s`).join('/')].filter(Boolean).join(', ');

/** What to say about one feature a request uses (or is about to): null when the model takes it in this mode and duration. */
const featureAdvice = (
  model: string,
  feature: FeatureName,
  field: string,
  support: Support,
  request: GenerationRequest,
): ModelAdvice | null => {
  if (support === false) return { field, rule: 'model_feature', params: { model, feature } };
  if (supports(support, request.mode, request.duration)) return null;
  return { field, rule: 'model_feature_conditions', params: { model, feature, conditions: conditionText(support) } };
};

export const adviseModel = (request: GenerationRequest): ModelAdvice[] => {
  const model = request.model.trim();
  if (!model) return [];
  const caps = capabilitiesFor(model);
  if (!caps) return [{ field: 'model', rule: 'unknown_model', params: { model } }];
  const advice: ModelAdvice[] = [];
  if (!durationAllowed(caps.durations, request.duration)) {
    const allowed = caps.durations.kind === 'choices' ? caps.durations.values.join(', ') : `${caps.durations.min}–${caps.durations.max}`;
    advice.push({ field: 'duration', rule: 'model_duration', params: { model, allowed, actual: request.duration } });
  }
  const used: [FeatureName, string, boolean][] = [
    ['cfgScale', 'cfgScale', request.cfgScale !== null],
    ['cameraControl', 'cameraControl', request.cameraControl !== null],
    ['firstLastFrame', 'imageTail', Boolean(request.imageTail)],
    ['masks', 'staticMask', Boolean(request.staticMask) || (request.dynamicMasks?.length ?? 0) > 0],
    ['sound', 'sound', request.sound === 'on'],
    ['multiShot', 'multiShot', request.multiShot !== null],
  ];
  for (const [feature, field, inUse] of used) {
    const said = inUse ? featureAdvice(model, feature, field, caps[feature], request) : null;
    if (said) advice.push(said);
  }
  return advice;
};

/**
 * Before anything is painted: whether the chosen model is known to take motion-brush masks
 * in this mode and duration, and which known models do (with their conditions), so the
 * person can switch first rather than learn it after painting. Null when it does, or the
 * model is not one the studio knows.
 */
export const masksAdviceAhead = (request: GenerationRequest): { advice: ModelAdvice; takers: string[] } | null => {
  const model = request.model.trim();
  const caps = capabilitiesFor(model);
  const advice = caps ? featureAdvice(model, 'masks', 'staticMask', caps.masks, request) : null;
  if (!advice) return null;
  const takers = knownModels.flatMap((name) => {
    const support = modelCapabilities[name]?.masks ?? false;
    if (support === false) return [];
    const conditions = conditionText(support);
    return [conditions ? `${name} (${conditions})` : name];
  });
  return { advice, takers };
};
