import type { AspectRatio } from '../../src/api/contract-limits.ts';
import type { GenerationRequest } from '../../src/api/generation-request.schema.ts';
import { decodeBase64Prefix, isBase64, readImageHeader } from '../../src/api/image-header.ts';
import type { ClipSpec } from './clip/clip-spec.ts';
import { regionsFor } from './mask-grid.ts';

// Which clip a request "generates": Kling renders in the requested aspect ratio,
// except that image-to-video follows the first frame's shape.

const CAPTION_MAX = 24;

const firstFrameAspect = (image: string | null): AspectRatio | null => {
  if (!image || !isBase64(image)) return null;
  const header = readImageHeader(decodeBase64Prefix(image));
  if (!header || header.height === 0) return null;
  const ratio = header.width / header.height;
  if (ratio > 1.2) return '16:9';
  if (ratio < 0.83) return '9:16';
  return '1:1';
};

const shotBoundaries = (request: GenerationRequest): number[] | undefined => {
  const shots = request.multiShot?.shots ?? [];
  if (shots.length < 2) return undefined;
  let at = 0;
  return shots.slice(0, -1).map((shot) => (at += shot.duration));
};

export const clipSpecFor = (request: GenerationRequest): ClipSpec => {
  const spec: ClipSpec = {
    mode: request.mode,
    aspectRatio: firstFrameAspect(request.image) ?? request.aspectRatio,
    durationSeconds: request.duration,
    caption: request.model.slice(0, CAPTION_MAX),
  };
  const boundaries = shotBoundaries(request);
  if (boundaries) spec.shotBoundaries = boundaries;
  if (request.cameraControl) spec.cameraType = request.cameraControl.type;
  const regions = regionsFor(request);
  if (regions.length > 0) spec.regions = regions;
  return spec;
};
