import type { GenerationRequest } from '../../../api/generation-request.schema.ts';
import { sameValue } from '../../../lib/same-value.ts';

// Which request parameters differ across a set, each value described so the view can
// say it in plain words. Ids and callback addresses always differ and say nothing
// about the picture, so they are left out.

export type DiffValue =
  | { type: 'unknown' }
  | { type: 'unset' }
  | { type: 'text'; text: string }
  | { type: 'mode'; mode: 'std' | 'pro' }
  | { type: 'seconds'; value: number }
  | { type: 'image'; n: number }
  | { type: 'count'; what: 'masks' | 'shots'; count: number }
  | { type: 'switch'; on: boolean };

export type DiffRow = { field: keyof GenerationRequest; values: DiffValue[] };

const compared = [
  'mode',
  'model',
  'prompt',
  'negativePrompt',
  'duration',
  'aspectRatio',
  'cfgScale',
  'cameraControl',
  'image',
  'imageTail',
  'staticMask',
  'dynamicMasks',
  'multiShot',
  'sound',
  'extraMetadata',
] as const satisfies readonly (keyof GenerationRequest)[];

const imageFields = new Set<keyof GenerationRequest>(['image', 'imageTail', 'staticMask']);

const cameraText = (camera: NonNullable<GenerationRequest['cameraControl']>): string => {
  const axes = Object.entries(camera.config ?? {})
    .filter(([, value]) => value !== 0 && value !== undefined)
    .map(([axis, value]) => `${axis} ${String(value)}`);
  return axes.length ? `${camera.type}: ${axes.join(', ')}` : camera.type;
};

const describe = (request: GenerationRequest, field: (typeof compared)[number], images: string[]): DiffValue => {
  const value = request[field];
  if (value === null || value === undefined || value === '') return { type: 'unset' };
  if (imageFields.has(field) && typeof value === 'string') {
    if (!images.includes(value)) images.push(value);
    return { type: 'image', n: images.indexOf(value) + 1 };
  }
  switch (field) {
    case 'mode':
      return { type: 'mode', mode: request.mode };
    case 'duration':
      return { type: 'seconds', value: request.duration };
    case 'cameraControl':
      return request.cameraControl ? { type: 'text', text: cameraText(request.cameraControl) } : { type: 'unset' };
    case 'dynamicMasks':
      return { type: 'count', what: 'masks', count: request.dynamicMasks?.length ?? 0 };
    case 'multiShot':
      return { type: 'count', what: 'shots', count: request.multiShot?.shots.length ?? 0 };
    case 'sound':
      return { type: 'switch', on: request.sound === 'on' };
    case 'extraMetadata':
      return Object.keys(request.extraMetadata).length ? { type: 'text', text: JSON.stringify(request.extraMetadata) } : { type: 'unset' };
    default:
      return { type: 'text', text: String(value) };
  }
};

/** One row per parameter whose value is not the same for every member; values in member order. */
export const requestDiff = (requests: (GenerationRequest | null)[]): DiffRow[] => {
  // A member added by id has no known request: it cannot make a row, only show "unknown" in one.
  const known = requests.filter((request) => request !== null);
  if (known.length < 2) return [];
  const rows: DiffRow[] = [];
  for (const field of compared) {
    const [first] = known;
    if (known.every((request) => sameValue(request[field], first?.[field]))) continue;
    // Images are long data URLs: number them instead ("image 1", "image 2"), per field.
    const images: string[] = [];
    rows.push({ field, values: requests.map((request) => (request ? describe(request, field, images) : { type: 'unknown' })) });
  }
  return rows;
};

/**
 * requestDiff, remembered for the last list of requests: polling hands the view new member
 * objects every few seconds, but their requests are the same objects, so nothing is recomputed.
 */
export const lastRequestDiff = () => {
  let last: { requests: (GenerationRequest | null)[]; rows: DiffRow[] } | null = null;
  return (requests: (GenerationRequest | null)[]): DiffRow[] => {
    if (!last || last.requests.length !== requests.length || last.requests.some((request, index) => request !== requests[index])) {
      last = { requests, rows: requestDiff(requests) };
    }
    return last.rows;
  };
};
