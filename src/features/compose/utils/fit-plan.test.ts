import { describe, expect, it } from 'vitest';
import { IMAGE_MAX_BYTES } from '../../../api/contract-limits.ts';
import { planFit } from './fit-plan.ts';

const MB = 1024 * 1024;

describe('planFit', () => {
  it('leaves an image Kling takes alone, at the limits too', () => {
    expect(planFit({ width: 1920, height: 1080, bytes: 2 * MB, format: 'png' })).toBeNull();
    expect(planFit({ width: 300, height: 750, bytes: IMAGE_MAX_BYTES, format: 'jpeg' })).toBeNull();
    expect(planFit({ width: 750, height: 300, bytes: 1, format: 'jpeg' })).toBeNull();
  });

  it('re-encodes an over-large image as JPEG, downscaling a huge one', () => {
    expect(planFit({ width: 3000, height: 2000, bytes: IMAGE_MAX_BYTES + 1, format: 'png' })).toMatchObject({
      reasons: ['too_large'],
      width: 3000,
      height: 2000,
      type: 'image/jpeg',
    });
    expect(planFit({ width: 8192, height: 4096, bytes: 40 * MB, format: 'png' })).toMatchObject({ width: 4096, height: 2048 });
  });

  it('enlarges a small image to 300 px on its short side', () => {
    expect(planFit({ width: 299, height: 598, bytes: 1000, format: 'png' })).toMatchObject({
      reasons: ['too_small'],
      width: 300,
      height: 600,
      type: 'image/png',
    });
  });

  it('crops a too-wide or too-tall image to 2.5:1 around its centre', () => {
    const wide = planFit({ width: 3000, height: 1000, bytes: 1000, format: 'jpeg' });
    expect(wide).toMatchObject({ reasons: ['aspect'], crop: { x: 250, y: 0, width: 2500, height: 1000 }, width: 2500, height: 1000 });
    const tall = planFit({ width: 400, height: 1200, bytes: 1000, format: 'jpeg' });
    expect(tall?.crop).toEqual({ x: 0, y: 100, width: 400, height: 1000 });
  });

  it('converts a format Kling does not take', () => {
    expect(planFit({ width: 800, height: 600, bytes: 1000, format: null })).toMatchObject({ reasons: ['format'], type: 'image/jpeg' });
  });

  it('never rounds back over the aspect limit', () => {
    const plan = planFit({ width: 1001, height: 100, bytes: 10, format: 'png' });
    expect(plan && plan.width / plan.height).toBeLessThanOrEqual(2.5);
    expect(plan && Math.min(plan.width, plan.height)).toBeGreaterThanOrEqual(300);
  });
});
