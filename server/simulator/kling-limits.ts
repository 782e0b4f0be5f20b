// Kling's own parameter limits, as the simulator enforces them. Written apart from
// the studio's src/api/contract-limits.ts on purpose: kling-limits-drift.test.ts
// compares the two, so a change on one side cannot silently agree with itself.

export const klingLimits = {
  promptMax: 2500,
  shotPromptMax: 512,
  cfgMin: 0,
  cfgMax: 1,
  cfgDefault: 0.5,
  cameraAxisMin: -10,
  cameraAxisMax: 10,
  dynamicMasksMax: 6,
  trajectoryPointsMin: 2,
  trajectoryPointsMax: 77,
  shotsMin: 1,
  shotsMax: 6,
  shotSecondsMin: 1,
  imageMaxBytes: 10 * 1024 * 1024,
  imageMinSide: 300,
  imageAspectMin: 1 / 2.5,
  imageAspectMax: 2.5,
  // With image_tail or masks Kling renders 5 s only.
  fixedSeconds: 5,
} as const;

export const klingAspectRatios = ['16:9', '9:16', '1:1'] as const;
export const klingModes = ['std', 'pro'] as const;
export const klingCameraTypes = ['simple', 'down_back', 'forward_up', 'right_turn_forward', 'left_turn_forward'] as const;
export const klingCameraAxes = ['horizontal', 'vertical', 'pan', 'tilt', 'roll', 'zoom'] as const;
export type KlingCameraAxis = (typeof klingCameraAxes)[number];

export type DurationRule = { kind: 'choices'; values: readonly number[] } | { kind: 'range'; min: number; max: number };

const fiveOrTen: DurationRule = { kind: 'choices', values: [5, 10] };

// The models the simulated channel serves (new-api answers model_not_found for any other),
// with the durations Kling takes on each: 5 or 10 s up to v2.6, any whole 3–15 s on v3.
export const klingModelDurations: Readonly<Record<string, DurationRule>> = {
  'kling-v3': { kind: 'range', min: 3, max: 15 },
  'kling-v2-6': fiveOrTen,
  'kling-v2-5-turbo': fiveOrTen,
  'kling-v2-1-master': fiveOrTen,
  'kling-v2-1': fiveOrTen,
  'kling-v2-master': fiveOrTen,
  'kling-v1-6': fiveOrTen,
  'kling-v1-5': fiveOrTen,
  'kling-v1': fiveOrTen,
};
export const klingModels = Object.keys(klingModelDurations);

// What Kling renders when a body names no model_name.
export const KLING_DEFAULT_MODEL = 'kling-v1';

// The document profile lets the account decide which model names exist; a name it
// does not know gets the widest range any Kling model takes.
export const unknownModelDurations: DurationRule = { kind: 'range', min: 1, max: 15 };

export const durationRuleFor = (model: string): DurationRule => klingModelDurations[model.trim()] ?? unknownModelDurations;
