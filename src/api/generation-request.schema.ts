import { z } from 'zod';
import { aspectRatios, cameraAxes, cameraTypes, modes } from './contract-limits.ts';

// The studio's own, surface-neutral description of one generation. The composer
// edits it, the history stores it, and the body builders turn it into either
// surface's wire format. Structural only: Kling's limits live in check-request.ts.

export const cameraConfigSchema = z.object(
  Object.fromEntries(cameraAxes.map((axis) => [axis, z.number()])) as Record<(typeof cameraAxes)[number], z.ZodNumber>,
);
export type CameraConfig = z.infer<typeof cameraConfigSchema>;

export const cameraControlSchema = z.object({
  type: z.enum(cameraTypes),
  config: cameraConfigSchema.partial().optional(),
});
export type CameraControl = z.infer<typeof cameraControlSchema>;

export const trajectoryPointSchema = z.object({ x: z.number(), y: z.number() });
export const dynamicMaskSchema = z.object({
  mask: z.string(),
  trajectories: z.array(trajectoryPointSchema),
});
export type DynamicMask = z.infer<typeof dynamicMaskSchema>;

export const shotSchema = z.object({ prompt: z.string(), duration: z.number() });
export const multiShotSchema = z.object({
  shotType: z.enum(['customize', 'intelligence']),
  shots: z.array(shotSchema),
});
export type MultiShot = z.infer<typeof multiShotSchema>;

export const generationRequestSchema = z.object({
  model: z.string(),
  prompt: z.string(),
  negativePrompt: z.string().default(''),
  mode: z.enum(modes).default('std'),
  duration: z.number().default(5),
  aspectRatio: z.enum(aspectRatios).default('16:9'),
  image: z.string().nullable().default(null),
  imageTail: z.string().nullable().default(null),
  cfgScale: z.number().nullable().default(null),
  cameraControl: cameraControlSchema.nullable().default(null),
  staticMask: z.string().nullable().default(null),
  dynamicMasks: z.array(dynamicMaskSchema).nullable().default(null),
  callbackUrl: z.string().nullable().default(null),
  externalTaskId: z.string().nullable().default(null),
  sound: z.enum(['on', 'off']).nullable().default(null),
  multiShot: multiShotSchema.nullable().default(null),
  extraMetadata: z.record(z.string(), z.unknown()).default({}),
});
export type GenerationRequest = z.infer<typeof generationRequestSchema>;

// Kept importable from here; they live in generation-request.ts so the start path needs no zod.
export { defaultGenerationRequest, kindOf } from './generation-request.ts';
