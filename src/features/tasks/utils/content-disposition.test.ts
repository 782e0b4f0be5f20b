import { describe, expect, it } from 'vitest';
import { fileNameFrom } from './content-disposition.ts';

describe('fileNameFrom', () => {
  it('prefers the UTF-8 name', () => {
    expect(fileNameFrom(`attachment; filename="kite-std-v1.mp4"; filename*=UTF-8''%E9%A3%8E%E7%AD%9D-std-v1.mp4`)).toBe('风筝-std-v1.mp4');
  });
  it('falls back to the plain name, quoted or not', () => {
    expect(fileNameFrom('attachment; filename="kling-clips-3.zip"')).toBe('kling-clips-3.zip');
    expect(fileNameFrom('attachment; filename=clip.mp4')).toBe('clip.mp4');
    expect(fileNameFrom(`attachment; filename="a.mp4"; filename*=UTF-8''%E9%A3`)).toBe('a.mp4');
  });
  it('has nothing to offer without a header', () => {
    expect(fileNameFrom(null)).toBeNull();
    expect(fileNameFrom('inline')).toBeNull();
  });
});
