import { describe, expect, it } from 'vitest';
import { formatElapsed, truncate } from './format.ts';

describe('formatElapsed', () => {
  it.each([
    [0, '0 s'],
    [44_600, '45 s'],
    [59_400, '59 s'],
    [60_000, '1:00'],
    [125_000, '2:05'],
    [3_725_000, '1:02:05'],
    [-5, '0 s'],
  ])('%i ms reads %s', (ms, text) => expect(formatElapsed(ms)).toBe(text));

  it("words seconds in the reader's language, and leaves a clock as it is", () => {
    expect(formatElapsed(4_000, (count) => `${count} 秒`)).toBe('4 秒');
    expect(formatElapsed(150_000, (count) => `${count} 秒`)).toBe('2:30');
  });
});

describe('truncate', () => {
  it('keeps short text and cuts long text with an ellipsis', () => {
    expect(truncate('short', 10)).toBe('short');
    expect(truncate('a long prompt here', 8)).toBe('a long…');
  });
});
