import { describe, expect, it } from 'vitest';
import { setIdFromHash } from './set-hash.ts';
import { taskKeyFromHash } from './task-hash.ts';

describe('reading the open view from the hash', () => {
  it('reads a set id and a task key', () => {
    expect(setIdFromHash('#/set/set-a_1')).toBe('set-a_1');
    expect(taskKeyFromHash('#/task/video/text2video/abc%2F1')).toBe('video:text2video:abc/1');
  });

  it('answers null for a malformed escape instead of throwing', () => {
    expect(setIdFromHash('#/set/%E0')).toBeNull();
    expect(taskKeyFromHash('#/task/video/text2video/%E0')).toBeNull();
  });

  it('answers null for other hashes and ids outside the pattern', () => {
    expect(setIdFromHash('#/task/a/b/c')).toBeNull();
    expect(setIdFromHash('#/set/has space')).toBeNull();
    expect(taskKeyFromHash('#/task/only/two')).toBeNull();
  });
});
