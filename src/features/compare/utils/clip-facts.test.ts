import { describe, expect, it } from 'vitest';
import { bitrate, formatBitrate, formatClock, formatFileSize, ratioText, resolutionClass } from './clip-facts.ts';

describe('clip facts', () => {
  it('names picture sizes by their short side, whatever the orientation', () => {
    expect(resolutionClass(1280, 720)).toBe('720p');
    expect(resolutionClass(720, 1280)).toBe('720p');
    expect(resolutionClass(1920, 1080)).toBe('1080p');
    expect(resolutionClass(1080, 1080)).toBe('1080p');
    expect(resolutionClass(3840, 2160)).toBe('4K');
    expect(resolutionClass(320, 240)).toBe('240p');
  });

  it('computes bitrate from size and duration, and refuses a zero duration', () => {
    expect(bitrate(1_000_000, 5)).toBe(1_600_000);
    expect(bitrate(1_000_000, 0)).toBeNull();
    expect(bitrate(1_000_000, Number.NaN)).toBeNull();
    expect(formatBitrate(1_600_000)).toBe('1.60 Mb/s');
    expect(formatBitrate(640_000)).toBe('640 kb/s');
  });

  it('formats sizes, clock times and ratios', () => {
    expect(formatFileSize(2 * 1024 * 1024)).toBe('2.00 MB');
    expect(formatFileSize(500)).toBe('1 KB');
    expect(formatClock(65.25)).toBe('1:05.25');
    expect(formatClock(4.5)).toBe('0:04.50');
    expect(ratioText(2.25, 1)).toBe('2.25');
    expect(ratioText(1, 1)).toBeNull();
    expect(ratioText(5, 0)).toBeNull();
  });
});
