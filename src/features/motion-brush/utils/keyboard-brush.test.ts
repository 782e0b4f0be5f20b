import { describe, expect, it } from 'vitest';
import { liftBrush, pressKey, restingBrush, STEP, STEP_FAR, type KeyboardBrush } from './keyboard-brush.ts';

const paint = { shift: false, tool: 'paint' as const };
const press = (brush: KeyboardBrush, ...keys: string[]) => keys.reduce((state, key) => pressKey(state, key, paint).state, brush);

describe('pressKey', () => {
  it('moves the cursor by a step, a far step with Shift, and never off the frame', () => {
    const start = restingBrush();
    expect(pressKey(start, 'ArrowRight', paint).state.cursor).toEqual({ x: 0.5 + STEP, y: 0.5 });
    expect(pressKey(start, 'ArrowUp', { ...paint, shift: true }).state.cursor).toEqual({ x: 0.5, y: 0.5 - STEP_FAR });
    const corner = Array.from({ length: 30 }, () => 'ArrowLeft').reduce(
      (state, key) => pressKey(state, key, { ...paint, shift: true }).state,
      start,
    );
    expect(corner.cursor).toEqual({ x: 0, y: 0.5 });
  });

  it('Space puts the brush down, the arrows draw, and Space again hands over the whole stroke', () => {
    const down = press(restingBrush(), ' ', 'ArrowRight', 'ArrowRight', 'ArrowDown');
    expect(down.stroke).toHaveLength(4);
    const lifted = pressKey(down, ' ', paint);
    expect(lifted.stroke).toEqual(down.stroke);
    expect(lifted.state.stroke).toBeNull();
    expect(lifted.state.cursor).toEqual(down.cursor);
  });

  it('moving with the brush up draws nothing', () => {
    const moved = pressKey(restingBrush(), 'ArrowRight', paint);
    expect(moved.state.stroke).toBeNull();
    expect(moved.stroke).toBeUndefined();
  });

  it('Enter paints one dab where the cursor is, or finishes a stroke in progress', () => {
    expect(pressKey(restingBrush(), 'Enter', paint).stroke).toEqual([{ x: 0.5, y: 0.5 }]);
    const down = press(restingBrush(), ' ', 'ArrowLeft');
    expect(pressKey(down, 'Enter', paint).stroke).toHaveLength(2);
  });

  it('Escape drops the stroke in progress, and is left to others when the brush is up', () => {
    const dropped = pressKey(press(restingBrush(), ' ', 'ArrowLeft'), 'Escape', paint);
    expect(dropped).toMatchObject({ handled: true, state: { stroke: null } });
    expect(dropped.stroke).toBeUndefined();
    expect(pressKey(restingBrush(), 'Escape', paint).handled).toBe(false);
  });

  it('with the Path tool, Enter and Space add a point where the cursor is', () => {
    const path = { shift: false, tool: 'path' as const };
    const moved = pressKey(restingBrush(), 'ArrowDown', path).state;
    expect(pressKey(moved, 'Enter', path)).toMatchObject({ pathPoint: { x: 0.5, y: 0.5 + STEP }, action: 'point' });
    expect(pressKey(moved, ' ', path)).toMatchObject({ handled: true, state: { stroke: null }, pathPoint: { x: 0.5, y: 0.5 + STEP } });
  });

  it('says what each key finished: a stroke, a dab, a dropped stroke; moving finishes nothing', () => {
    const down = press(restingBrush(), ' ', 'ArrowRight');
    expect(pressKey(down, ' ', paint).action).toBe('stroke');
    expect(pressKey(down, 'Enter', paint).action).toBe('stroke');
    expect(pressKey(restingBrush(), 'Enter', paint).action).toBe('dab');
    expect(pressKey(down, 'Escape', paint).action).toBe('dropped');
    expect(pressKey(down, 'ArrowRight', paint).action).toBeUndefined();
    expect(pressKey(restingBrush(), ' ', paint).action).toBeUndefined();
  });

  it('a held Space or Enter counts once: its repeats are swallowed, a held arrow keeps moving', () => {
    const down = press(restingBrush(), ' ');
    const repeated = pressKey(down, ' ', { ...paint, repeat: true });
    expect(repeated).toEqual({ handled: true, state: down });
    expect(pressKey(restingBrush(), 'Enter', { ...paint, repeat: true }).stroke).toBeUndefined();
    expect(pressKey(restingBrush(), 'Enter', { shift: false, tool: 'path', repeat: true }).pathPoint).toBeUndefined();
    expect(pressKey(down, 'ArrowLeft', { ...paint, repeat: true }).state.stroke).toHaveLength(2);
  });

  it('leaves other keys (Tab, letters) alone', () => {
    expect(pressKey(restingBrush(), 'Tab', paint).handled).toBe(false);
    expect(pressKey(restingBrush(), 'a', paint).handled).toBe(false);
  });
});

describe('liftBrush', () => {
  it('keeps the stroke so far when focus leaves with the brush down', () => {
    const down = press(restingBrush(), ' ', 'ArrowRight');
    expect(liftBrush(down).stroke).toEqual(down.stroke);
    expect(liftBrush(restingBrush()).stroke).toBeUndefined();
  });
});
