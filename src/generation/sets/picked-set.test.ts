import { describe, expect, it } from 'vitest';
import { sampleRecord } from '../../testing/sample-record.ts';
import { alreadyInSets, pickedSet, wholeSetOf } from './picked-set.ts';

const record = (id: string, prompt: string, mode: 'std' | 'pro', submittedAt: number) => {
  const base = sampleRecord(id, 'succeeded', submittedAt);
  return { ...base, request: base.request && { ...base.request, prompt, mode } };
};

describe('pickedSet', () => {
  it('captions two prompts × two modes by both, oldest first, under one id', () => {
    const picked = pickedSet(
      [record('d', 'a fox', 'pro', 4), record('a', 'a fox', 'std', 1), record('b', 'a heron', 'std', 2), record('c', 'a heron', 'pro', 3)],
      'set-x',
    );
    expect(picked?.map(({ set }) => [set.position, set.caption])).toEqual([
      [0, 'std · a fox'],
      [1, 'std · a heron'],
      [2, 'pro · a heron'],
      [3, 'pro · a fox'],
    ]);
    expect(new Set(picked?.map(({ set }) => set.id))).toEqual(new Set(['set-x']));
  });

  it('captions by mode when the prompt is the same, by prompt when the mode is', () => {
    expect(pickedSet([record('a', 'a fox', 'std', 1), record('b', 'a fox', 'pro', 2)])?.map(({ set }) => set.caption)).toEqual([
      'std',
      'pro',
    ]);
    expect(pickedSet([record('a', 'a fox', 'std', 1), record('b', 'a heron', 'std', 2)])?.map(({ set }) => set.caption)).toEqual([
      'a fox',
      'a heron',
    ]);
  });

  it('refuses one clip, more than four, or a task whose request the studio never saw', () => {
    expect(pickedSet([record('a', 'a fox', 'std', 1)])).toBeNull();
    expect(pickedSet(['a', 'b', 'c', 'd', 'e'].map((id, i) => record(id, 'p', 'std', i)))).toBeNull();
    expect(pickedSet([record('a', 'a fox', 'std', 1), { ...record('b', 'x', 'std', 2), request: null }])).toBeNull();
  });

  it('numbers clips that would read alike: the same prompt in the same mode', () => {
    expect(pickedSet([record('a', 'a fox', 'std', 1), record('b', 'a fox', 'std', 2)])?.map(({ set }) => set.caption)).toEqual([
      'std #1',
      'std #2',
    ]);
    expect(
      pickedSet([record('a', 'a fox', 'std', 1), record('b', 'a fox', 'pro', 2), record('c', 'a fox', 'std', 3)])?.map(
        ({ set }) => set.caption,
      ),
    ).toEqual(['std #1', 'pro', 'std #2']);
  });
});

describe('alreadyInSets', () => {
  it('counts the records that would leave a set', () => {
    const inSet = {
      ...record('a', 'a fox', 'std', 1),
      set: { id: 'set-a', kind: 'modes' as const, parameter: 'mode', caption: 'std', position: 0 },
    };
    expect(alreadyInSets([inSet, record('b', 'a fox', 'pro', 2)])).toBe(1);
    expect(alreadyInSets([record('b', 'a fox', 'pro', 2)])).toBe(0);
  });
});

describe('wholeSetOf', () => {
  const inSet = (id: string, set: string, position: number) => ({
    ...record(id, 'a fox', position ? 'pro' : 'std', position),
    set: { id: set, kind: 'modes' as const, parameter: 'mode', caption: position ? 'pro' : 'std', position },
  });
  const std = inSet('a', 'set-1', 0);
  const pro = inSet('b', 'set-1', 1);
  const loose = record('c', 'a fox', 'std', 3);

  it('names the set the picked clips make up whole', () => {
    expect(wholeSetOf([pro, std], [std, pro, loose])).toBe('set-1');
  });

  it('is null for part of a set, clips of two sets, or clips in none', () => {
    const third = inSet('d', 'set-1', 2);
    expect(wholeSetOf([std, pro], [std, pro, third])).toBeNull();
    expect(wholeSetOf([std, inSet('e', 'set-2', 1)], [std, pro, inSet('e', 'set-2', 1)])).toBeNull();
    expect(wholeSetOf([loose, record('f', 'a fox', 'pro', 4)], [loose])).toBeNull();
  });
});
