import type { Kind } from './gateway-routes.ts';
import type { GenerationRequest } from './generation-request.schema.ts';

// The parts of a GenerationRequest the composer needs at once, without zod: the
// schemas (generation-request.schema.ts) load only where validation runs, after the
// composer is usable. generation-request.test.ts holds this default to the schema's.

export const defaultGenerationRequest = (): GenerationRequest => ({
  model: 'kling-v3',
  prompt: '',
  negativePrompt: '',
  mode: 'std',
  duration: 5,
  aspectRatio: '16:9',
  image: null,
  imageTail: null,
  cfgScale: null,
  cameraControl: null,
  staticMask: null,
  dynamicMasks: null,
  callbackUrl: null,
  externalTaskId: null,
  sound: null,
  multiShot: null,
  extraMetadata: {},
});

// Kling decides the endpoint by the presence of a first frame (or, on a few older
// models, a last frame alone).
export const kindOf = (request: Pick<GenerationRequest, 'image' | 'imageTail'>): Kind =>
  request.image || request.imageTail ? 'image2video' : 'text2video';
