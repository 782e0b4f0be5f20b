import { IMAGE_ASPECT_MAX, IMAGE_ASPECT_MIN, IMAGE_MAX_BYTES, IMAGE_MIN_SIDE } from '../../../api/contract-limits.ts';

// How to turn an image Kling would refuse into one it takes, decided from its
// facts alone so it can be explained before the browser does the work.

export type FitReason = 'format' | 'too_large' | 'too_small' | 'aspect';
export type FitPlan = {
  reasons: FitReason[];
  crop: { x: number; y: number; width: number; height: number };
  width: number; // output size
  height: number;
  type: 'image/png' | 'image/jpeg';
};

// A large photo re-encoded as JPEG at this size fits 10 MB with room to spare.
const MAX_SIDE_WHEN_LARGE = 4096;

export const planFit = (facts: { width: number; height: number; bytes: number; format: 'png' | 'jpeg' | null }): FitPlan | null => {
  const { width, height, bytes, format } = facts;
  const reasons: FitReason[] = [];
  if (format === null) reasons.push('format');
  if (bytes > IMAGE_MAX_BYTES) reasons.push('too_large');

  let crop = { x: 0, y: 0, width, height };
  const aspect = width / height;
  if (aspect > IMAGE_ASPECT_MAX) {
    const w = Math.floor(height * IMAGE_ASPECT_MAX);
    crop = { x: Math.floor((width - w) / 2), y: 0, width: w, height };
    reasons.push('aspect');
  } else if (aspect < IMAGE_ASPECT_MIN) {
    const h = Math.floor(width / IMAGE_ASPECT_MIN);
    crop = { x: 0, y: Math.floor((height - h) / 2), width, height: h };
    reasons.push('aspect');
  }
  let scale = 1;
  if (reasons.includes('too_large')) scale = Math.min(1, MAX_SIDE_WHEN_LARGE / Math.max(crop.width, crop.height));
  if (Math.min(crop.width, crop.height) * scale < IMAGE_MIN_SIDE) {
    scale = IMAGE_MIN_SIDE / Math.min(crop.width, crop.height);
    reasons.push('too_small');
  }
  if (reasons.length === 0) return null;
  let outWidth = Math.round(crop.width * scale);
  let outHeight = Math.round(crop.height * scale);
  // Rounding must not push a cropped image back over the aspect limit.
  if (outWidth / outHeight > IMAGE_ASPECT_MAX) outWidth = Math.floor(outHeight * IMAGE_ASPECT_MAX);
  if (outWidth / outHeight < IMAGE_ASPECT_MIN) outHeight = Math.floor(outWidth / IMAGE_ASPECT_MIN);
  return {
    reasons,
    crop,
    width: outWidth,
    height: outHeight,
    type: format === 'png' && !reasons.includes('too_large') ? 'image/png' : 'image/jpeg',
  };
};
