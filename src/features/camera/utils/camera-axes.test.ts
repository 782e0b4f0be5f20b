import { describe, expect, it } from 'vitest';
import { checkRequest } from '../../../api/check-request.ts';
import { defaultGenerationRequest } from '../../../api/generation-request.schema.ts';
import { movingAxes, setAxis, withType, zeroConfig } from './camera-axes.ts';

describe('setAxis', () => {
  it('moves one axis and resets the one that was moving', () => {
    const first = setAxis(null, 'pan', -4);
    expect(first.control).toEqual({ type: 'simple', config: { ...zeroConfig(), pan: -4 } });
    expect(first.reset).toEqual([]);
    const second = setAxis(first.control, 'zoom', 3);
    expect(second.control.config).toEqual({ ...zeroConfig(), zoom: 3 });
    expect(second.reset).toEqual(['pan']);
  });

  it('does not report the axis being moved as reset', () => {
    const { control } = setAxis(null, 'roll', 2);
    expect(setAxis(control, 'roll', 5).reset).toEqual([]);
  });

  it('always yields a move Kling accepts, at the range boundaries too', () => {
    for (const value of [-10, -0.5, 0.5, 10]) {
      const { control } = setAxis({ type: 'simple', config: { horizontal: 3, tilt: 2 } }, 'vertical', value);
      expect(checkRequest({ ...defaultGenerationRequest(), prompt: 'x', cameraControl: control })).toEqual([]);
      expect(movingAxes(control)).toEqual(['vertical']);
    }
  });
});

describe('withType', () => {
  it('gives presets no config and simple an all-zero one', () => {
    expect(withType('down_back')).toEqual({ type: 'down_back' });
    expect(withType('simple')).toEqual({ type: 'simple', config: zeroConfig() });
    expect(withType(null)).toBeNull();
  });
});
