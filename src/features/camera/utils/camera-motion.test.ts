import { describe, expect, it } from 'vitest';
import { cameraMotion } from './camera-motion.ts';
import { setAxis } from './camera-axes.ts';

const end = (axis: Parameters<typeof setAxis>[1], value: number) => cameraMotion(setAxis(null, axis, value).control).to;

describe('cameraMotion', () => {
  it('stands still without a move', () => expect(cameraMotion(null).from).toBe(cameraMotion(null).to));

  it('moves the scene against the camera', () => {
    expect(end('horizontal', 4)).toContain('translate(-10%, 0%)');
    expect(end('vertical', 4)).toContain('translate(0%, 10%)');
    expect(end('roll', 5)).toContain('rotate(-15deg)');
  });

  it('zooms in on negative zoom (closer) and out on positive (wider)', () => {
    expect(end('zoom', -10)).toContain('scale(1.5)');
    expect(end('zoom', 10)).toContain('scale(0.5)');
  });

  it('turns the scene for pan and tilt', () => {
    expect(end('pan', -4)).toContain('rotateY(10deg)');
    expect(end('tilt', 2)).toContain('rotateX(-5deg)');
  });

  it('has a distinct move for every preset', () => {
    const ends = (['down_back', 'forward_up', 'right_turn_forward', 'left_turn_forward'] as const).map((type) => cameraMotion({ type }).to);
    expect(new Set(ends).size).toBe(4);
  });
});
