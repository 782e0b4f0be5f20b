import { IMAGE_MAX_BYTES } from '../../../api/contract-limits.ts';
import type { FitPlan } from './fit-plan.ts';
import { previewSrc } from './image-data.ts';
import { readImageFile } from './read-image-file.ts';

// Browser-only: carries out a FitPlan with a canvas. JPEG quality steps down, then
// the size, until the file is under Kling's 10 MB.
const QUALITIES = [0.92, 0.85, 0.75, 0.65];

const loadImage = (src: string): Promise<HTMLImageElement> =>
  new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('the browser could not decode this image'));
    image.src = src;
  });

const encode = (canvas: HTMLCanvasElement, type: string, quality: number): Promise<Blob> =>
  new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('encoding failed'))), type, quality));

export const fitImage = async (base64: string, plan: FitPlan): Promise<string> => {
  const image = await loadImage(previewSrc(base64));
  let scale = 1;
  for (let attempt = 0; attempt < 4; attempt += 1) {
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(plan.width * scale);
    canvas.height = Math.round(plan.height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no canvas');
    context.drawImage(image, plan.crop.x, plan.crop.y, plan.crop.width, plan.crop.height, 0, 0, canvas.width, canvas.height);
    const qualities = plan.type === 'image/png' ? [1] : QUALITIES;
    for (const quality of qualities) {
      const blob = await encode(canvas, plan.type, quality);
      if (blob.size <= IMAGE_MAX_BYTES) return readImageFile(blob);
    }
    scale *= 0.75;
  }
  throw new Error('could not bring the image under 10 MB');
};
