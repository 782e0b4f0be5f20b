import { describe, expect, it } from 'vitest';
import {
  addShot,
  fitShots,
  moveCut,
  moveShot,
  removeShot,
  setShotDuration,
  shotStarts,
  splitEvenly,
  type Shot,
} from './shot-arithmetic.ts';

const shots = (...durations: number[]): Shot[] => durations.map((duration, i) => ({ prompt: `shot ${i + 1}`, duration }));
const lengths = (list: Shot[] | null) => list?.map((shot) => shot.duration) ?? null;
const sum = (list: Shot[] | null) => (list ?? []).reduce((a, s) => a + s.duration, 0);

describe('storyboard durations', () => {
  it('splits a clip evenly, longer shots first', () => {
    expect(splitEvenly(3, 10)).toEqual([4, 3, 3]);
    expect(splitEvenly(2, 5)).toEqual([3, 2]);
    expect(splitEvenly(6, 6)).toEqual([1, 1, 1, 1, 1, 1]);
  });

  it('knows where each shot starts', () => expect(shotStarts(shots(4, 3, 3))).toEqual([0, 4, 7]));

  it('adds a shot by halving the longest one', () => {
    expect(lengths(addShot(shots(5)))).toEqual([3, 2]);
    expect(lengths(addShot(shots(2, 6, 2)))).toEqual([2, 3, 2, 3]);
    expect(addShot(shots(2, 6, 2))?.[3]?.prompt).toBe('');
  });

  it('adds no shot past six, or when every shot is 1 s', () => {
    expect(addShot(shots(1, 1, 1, 1, 1, 5))).toBeNull();
    expect(addShot(shots(1, 1, 1))).toBeNull();
  });

  it('gives a removed shot’s time to the one before it, or after it for the first', () => {
    expect(lengths(removeShot(shots(4, 3, 3), 1))).toEqual([7, 3]);
    expect(lengths(removeShot(shots(4, 3, 3), 0))).toEqual([7, 3]);
    expect(removeShot(shots(4, 3, 3), 0)?.map((s) => s.prompt)).toEqual(['shot 2', 'shot 3']);
    expect(removeShot(shots(5), 0)).toBeNull();
  });

  it('reorders shots with their lengths', () => {
    const moved = moveShot(shots(4, 3, 2), 0, 2);
    expect(moved.map((s) => `${s.prompt}:${s.duration}`)).toEqual(['shot 2:3', 'shot 3:2', 'shot 1:4']);
  });

  it('moves a cut between its two neighbours, whole seconds, each keeping 1 s', () => {
    expect(lengths(moveCut(shots(4, 3, 3), 0, 2))).toEqual([2, 5, 3]);
    expect(lengths(moveCut(shots(4, 3, 3), 1, 8.6))).toEqual([4, 5, 1]);
    expect(lengths(moveCut(shots(4, 3, 3), 1, 100))).toEqual([4, 5, 1]);
    expect(lengths(moveCut(shots(4, 3, 3), 0, -3))).toEqual([1, 6, 3]);
  });

  it('sets one shot’s length, taking the difference from the shots after it, then before', () => {
    expect(lengths(setShotDuration(shots(4, 3, 3), 0, 6))).toEqual([6, 1, 3]);
    expect(lengths(setShotDuration(shots(4, 3, 3), 0, 7))).toEqual([7, 1, 2]);
    expect(lengths(setShotDuration(shots(4, 3, 3), 2, 5))).toEqual([4, 1, 5]); // the last shot takes from the one before
    expect(lengths(setShotDuration(shots(4, 3, 3), 1, 1))).toEqual([4, 1, 5]);
    expect(lengths(setShotDuration(shots(4, 3, 3), 1, 99))).toEqual([1, 8, 1]);
    expect(lengths(setShotDuration(shots(4, 3, 3), 2, 0))).toEqual([4, 5, 1]);
  });

  it('re-times the shots to a new clip length in proportion', () => {
    expect(lengths(fitShots(shots(4, 3, 3), 15))).toEqual([6, 5, 4]);
    expect(lengths(fitShots(shots(6, 2, 2), 5))).toEqual([3, 1, 1]);
    expect(lengths(fitShots(shots(1, 1), 5))).toEqual([3, 2]);
    expect(fitShots(shots(1, 1, 1, 1), 3)).toBeNull();
  });

  it('keeps the total whatever is done', () => {
    const start = shots(4, 3, 3);
    for (const result of [moveCut(start, 0, 3), setShotDuration(start, 1, 6), moveShot(start, 2, 0), removeShot(start, 2), addShot(start)])
      expect(sum(result)).toBe(10);
    for (const seconds of [3, 7, 15]) expect(sum(fitShots(start, seconds))).toBe(seconds);
  });
});
