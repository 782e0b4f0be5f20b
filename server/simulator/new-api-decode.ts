import type { Surface } from '../../src/api/gateway-routes.ts';
import { decodeGoStruct, jsonKind, type GoStruct } from './go-json-decode.ts';
import { klingCameraAxes } from './kling-limits.ts';
import type { KlingPayload } from './kling-payload.ts';

// What new-api makes of a create body before Kling sees it (relay/channel/task/kling):
// the unified request's few fields, with `metadata` decoded over them into a fixed Go
// struct of Kling fields. Everything else never reaches Kling.
//
// `dropped` names what did not reach Kling by its dotted path in the body as the
// client sent it: `metadata.sound` on the unified surface, `sound` on the
// Kling-compatible one (whose whole body becomes the metadata), `…camera_control.speed`
// or `…dynamic_masks.0.extra` inside. `model` beside `model_name` is read (new-api
// writes both), so a body carrying both loses nothing.

const struct = (name: string, fields: GoStruct['fields']): GoStruct => ({ kind: 'struct', name, goName: `kling.${name}`, fields });

const trajectoryPoint = struct('TrajectoryPoint', { x: 'int', y: 'int' });
const cameraConfig = struct('CameraConfig', Object.fromEntries(klingCameraAxes.map((axis) => [axis, 'float64' as const])));

export const klingRequestStruct = struct('requestPayload', {
  prompt: 'string',
  image: 'string',
  image_tail: 'string',
  negative_prompt: 'string',
  mode: 'string',
  duration: 'string',
  aspect_ratio: 'string',
  model_name: 'string',
  model: 'string',
  cfg_scale: 'float64',
  static_mask: 'string',
  dynamic_masks: { kind: 'slice', of: struct('DynamicMask', { mask: 'string', trajectories: { kind: 'slice', of: trajectoryPoint } }) },
  camera_control: struct('CameraControl', { type: 'string', config: cameraConfig }),
  callback_url: 'string',
  external_task_id: 'string',
  watermark_info: struct('WatermarkInfo', { enabled: 'bool' }),
});

/** new-api's unified request (relaycommon.TaskSubmitReq), as far as the Kling channel uses it. */
export type UnifiedRequest = {
  model: string;
  prompt: string;
  mode: string;
  image: string;
  size: string;
  duration: number;
  metadata: Record<string, unknown>;
};

type Read<T> = { ok: true; value: T; dropped: string[] } | { ok: false; message: string };

const UNIFIED_FIELDS = ['model', 'prompt', 'mode', 'image', 'size', 'duration', 'metadata'];
const DEFAULT_SECONDS = 5;

const typeError = (what: string, field: string, type: string) =>
  `json: cannot unmarshal ${what} into Go struct field TaskSubmitReq.${field} of type ${type}`;

// A number or a numeric string; anything that is not a whole number falls back to 5 s.
const secondsOf = (value: unknown): number | string => {
  if (value === undefined || value === null) return 0;
  const n = typeof value === 'number' ? value : typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value.trim()) ? Number(value) : NaN;
  if (Number.isNaN(n)) return typeError(jsonKind(value), 'duration', 'int');
  return Number.isInteger(n) ? n : DEFAULT_SECONDS;
};

/** The unified request a body becomes: the body itself (unified), or `{model, prompt, metadata: body}` (Kling-compatible). */
export const readUnifiedRequest = (surface: Surface, body: Record<string, unknown>): Read<UnifiedRequest> => {
  const source =
    surface === 'unified' ? body : { model: body.model, prompt: typeof body.prompt === 'string' ? body.prompt : '', metadata: body };
  const strings: Record<string, string> = {};
  for (const field of ['model', 'prompt', 'mode', 'image', 'size']) {
    const value = (source as Record<string, unknown>)[field];
    if (value !== undefined && value !== null && typeof value !== 'string')
      return { ok: false, message: typeError(jsonKind(value), field, 'string') };
    strings[field] = value ?? '';
  }
  const duration = secondsOf((source as Record<string, unknown>).duration);
  if (typeof duration === 'string') return { ok: false, message: duration };
  const metadata = (source as Record<string, unknown>).metadata ?? {};
  if (typeof metadata !== 'object' || Array.isArray(metadata))
    return { ok: false, message: typeError(jsonKind(metadata), 'metadata', 'map[string]interface {}') };
  const dropped = surface === 'unified' ? Object.keys(body).filter((key) => !UNIFIED_FIELDS.includes(key)) : [];
  const value: UnifiedRequest = {
    model: '',
    prompt: '',
    mode: '',
    image: '',
    size: '',
    ...strings,
    duration,
    metadata: metadata as Record<string, unknown>,
  };
  return { ok: true, value, dropped };
};

const aspectOfSize: Record<string, string> = {
  '1920x1080': '16:9',
  '1280x720': '16:9',
  '1080x1920': '9:16',
  '720x1280': '9:16',
  '1024x1024': '1:1',
  '512x512': '1:1',
};

// Go's omitempty: empty strings, a zero cfg_scale, empty lists and zero camera axes are not sent.
const withoutEmpty = (payload: Record<string, unknown>): KlingPayload => {
  const out = Object.fromEntries(
    Object.entries(payload).filter(
      ([key, value]) => value !== '' && !(key === 'cfg_scale' && value === 0) && !(Array.isArray(value) && value.length === 0),
    ),
  );
  const camera = out.camera_control as { type?: string; config?: Record<string, number> } | undefined;
  if (camera?.config) camera.config = Object.fromEntries(Object.entries(camera.config).filter(([, v]) => v !== 0));
  if (camera?.type === '') delete camera.type;
  return out as KlingPayload;
};

/** The body Kling receives: the unified fields with new-api's defaults, then `metadata` unmarshalled over them. */
export const klingPayloadFor = (surface: Surface, request: UnifiedRequest): Read<KlingPayload> => {
  const base = {
    prompt: request.prompt,
    image: request.image,
    mode: request.mode.trim() ? request.mode : 'std',
    duration: String(request.duration || DEFAULT_SECONDS),
    aspect_ratio: aspectOfSize[request.size] ?? '1:1',
    model_name: request.model,
    model: request.model,
    cfg_scale: 0.5,
  };
  const decoded = decodeGoStruct(request.metadata, klingRequestStruct, surface === 'unified' ? 'metadata' : '');
  if (!decoded.ok) return decoded;
  return { ok: true, value: withoutEmpty({ ...base, ...decoded.value }), dropped: decoded.dropped };
};
