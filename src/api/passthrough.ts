import type { CreateCall } from './build-create-body.ts';

// new-api decodes `metadata` (and the whole Kling-compatible body) into a fixed list
// of Kling's classic fields and drops the rest without a word: a storyboard or sound
// request reaches Kling as a plain single shot, and is charged as one
// (docs/gateway-contract.md#deployed-gateways-new-api).
export const CLASSIC_KLING_FIELDS: ReadonlySet<string> = new Set([
  'prompt',
  'image',
  'image_tail',
  'negative_prompt',
  'mode',
  'duration',
  'aspect_ratio',
  'model_name',
  'cfg_scale',
  'static_mask',
  'dynamic_masks',
  'camera_control',
  'callback_url',
  'external_task_id',
  'watermark_info',
]);

/** Whether the gateway passes every metadata field, only the classic list, or the studio guesses. */
export const passthroughModes = ['auto', 'all', 'classic'] as const;
export type Passthrough = (typeof passthroughModes)[number];

/** The body's fields that a classic-list gateway would drop, by their wire names. */
export const droppableFields = (call: CreateCall): string[] => {
  const fields = call.surface === 'unified' ? call.body.metadata : call.body;
  if (typeof fields !== 'object' || fields === null) return [];
  // `model` rides beside `model_name` on the Kling-compatible surface for the gateway itself.
  return Object.keys(fields).filter((key) => !CLASSIC_KLING_FIELDS.has(key) && !(call.surface === 'kling' && key === 'model'));
};

export type DroppedFeature = 'sound' | 'storyboard' | 'voices' | 'elements';
const featureOf: Record<string, DroppedFeature> = {
  sound: 'sound',
  multi_shot: 'storyboard',
  shot_type: 'storyboard',
  multi_prompt: 'storyboard',
  voice_list: 'voices',
  element_list: 'elements',
};

/** The dropped fields as a person names them: the features, and any raw extras by name. */
export const droppedFeatures = (fields: string[]): { features: DroppedFeature[]; extras: string[] } => ({
  features: [...new Set(fields.flatMap((field) => featureOf[field] ?? []))],
  extras: fields.filter((field) => !(field in featureOf)),
});
