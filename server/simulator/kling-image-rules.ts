import { base64DecodedLength, decodeBase64Prefix, isBase64, readImageHeader } from '../../src/api/image-header.ts';
import { klingLimits } from './kling-limits.ts';

// Kling's image rules (image, image_tail, masks), worded the way Kling words them
// ("Image pixel is invalid") with the field and the limit after it. A linked image
// is Kling's to fetch: only Base64 is read here.

export type PixelSize = { width: number; height: number };

export const base64Size = (value: string | undefined): PixelSize | null => {
  if (!value || !isBase64(value)) return null;
  const header = readImageHeader(decodeBase64Prefix(value));
  return header && header.width > 0 && header.height > 0 ? header : null;
};

/** The first thing Kling refuses about one image, or null. */
export const imageProblem = (wire: string, value: string): string | null => {
  if (value.startsWith('data:')) return `Image format is invalid: ${wire} must be a URL or Base64 without the "data:" prefix`;
  if (/^https?:\/\//i.test(value)) return null;
  if (!isBase64(value)) return `Image format is invalid: ${wire} must be an http(s) URL or Base64 data`;
  const bytes = base64DecodedLength(value);
  if (bytes > klingLimits.imageMaxBytes) return `Image size is too large: ${wire} must be at most 10 MB (it is ${bytes} bytes)`;
  const header = readImageHeader(decodeBase64Prefix(value));
  if (!header) return `Image format is invalid: ${wire} must be a JPG or PNG image`;
  const { width, height } = header;
  if (Math.min(width, height) < klingLimits.imageMinSide)
    return `Image pixel is invalid: ${wire} must be at least ${klingLimits.imageMinSide} px on each side (it is ${width}x${height})`;
  const aspect = width / height;
  if (aspect < klingLimits.imageAspectMin || aspect > klingLimits.imageAspectMax)
    return `Image aspect ratio is invalid: ${wire} must have a width:height between 1:2.5 and 2.5:1 (it is ${width}x${height})`;
  return null;
};
