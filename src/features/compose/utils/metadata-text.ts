// The raw `metadata` editor: JSON for fields the form does not model, merged last.

export type MetadataParse = { ok: true; value: Record<string, unknown> } | { ok: false; reason: 'json' | 'not_object'; detail: string };

export const parseMetadataText = (text: string): MetadataParse => {
  if (!text.trim()) return { ok: true, value: {} };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, reason: 'json', detail: error instanceof Error ? error.message : String(error) };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return { ok: false, reason: 'not_object', detail: Array.isArray(value) ? 'array' : typeof value };
  return { ok: true, value: value as Record<string, unknown> };
};

// Wire names the form sets itself; a raw key with one of these names overrides the form.
const formKeys = [
  'model',
  'model_name',
  'prompt',
  'image',
  'mode',
  'duration',
  'size',
  'aspect_ratio',
  'negative_prompt',
  'image_tail',
  'cfg_scale',
  'camera_control',
  'static_mask',
  'dynamic_masks',
  'callback_url',
  'external_task_id',
  'sound',
];

export const overriddenKeys = (value: Record<string, unknown>): string[] => Object.keys(value).filter((key) => formKeys.includes(key));
