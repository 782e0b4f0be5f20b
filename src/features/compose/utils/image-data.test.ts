import { describe, expect, it } from 'vitest';
import { describeBase64, describeUrl, formatBytes, isImageUrl, previewSrc, stripDataPrefix } from './image-data.ts';
import { jpegBase64, pngBase64 } from '../../../testing/test-images.ts';

describe('describeBase64', () => {
  it('reads PNG and JPEG size and format', () => {
    expect(describeBase64(pngBase64(640, 360, 66))).toEqual({ source: 'base64', format: 'png', width: 640, height: 360, bytes: 66 });
    expect(describeBase64(jpegBase64(300, 750))).toMatchObject({ format: 'jpeg', width: 300, height: 750 });
  });
  it('knows a format Kling does not take by its missing header', () =>
    expect(describeBase64(btoa('RIFF....WEBPVP8 '))).toMatchObject({ format: null, width: null }));
});

describe('urls', () => {
  it('recognises http(s) links only', () => {
    expect(isImageUrl(' https://x.test/a.png ')).toBe(true);
    expect(isImageUrl('ftp://x.test/a.png')).toBe(false);
    expect(isImageUrl(pngBase64(1, 1))).toBe(false);
  });
  it('guesses the format from the path and takes the size the browser loaded', () => {
    expect(describeUrl('https://x.test/a.JPG?v=1', { width: 800, height: 600 })).toEqual({
      source: 'url',
      format: 'jpeg',
      width: 800,
      height: 600,
      bytes: null,
    });
    expect(describeUrl('https://x.test/image', null)).toMatchObject({ format: null, width: null });
  });
});

describe('previewSrc and stripDataPrefix', () => {
  it('round-trips between a data URL and prefix-less Base64', () => {
    const png = pngBase64(2, 2);
    expect(previewSrc(png)).toBe(`data:image/png;base64,${png}`);
    expect(stripDataPrefix(previewSrc(png))).toBe(png);
    expect(previewSrc(jpegBase64(2, 2))).toMatch(/^data:image\/jpeg;base64,/);
    expect(previewSrc('https://x.test/a.png')).toBe('https://x.test/a.png');
  });
});

describe('formatBytes', () => {
  it.each([
    [100, '1 KB'],
    [2048, '2 KB'],
    [10 * 1024 * 1024, '10.0 MB'],
  ])('%i bytes reads %s', (bytes, text) => expect(formatBytes(bytes)).toBe(text));
});
