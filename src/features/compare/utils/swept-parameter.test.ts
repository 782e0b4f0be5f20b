import { describe, expect, it } from 'vitest';
import { sweptParameter } from './swept-parameter.ts';

describe('sweptParameter', () => {
  it('reads a camera axis out of its path', () => {
    expect(sweptParameter('cameraControl.config.zoom')).toEqual({ axis: 'zoom' });
    expect(sweptParameter('cameraControl.config.pan')).toEqual({ axis: 'pan' });
  });

  it('keeps a plain field, and an unknown axis as a field', () => {
    expect(sweptParameter('cfgScale')).toEqual({ field: 'cfgScale' });
    expect(sweptParameter('cameraControl.config.wobble')).toEqual({ field: 'cameraControl.config.wobble' });
  });
});
