import { describe, expect, it } from 'vitest';
import { asciiSlug, clipFileNames, contentDisposition, SLUG_MAX, unicodeSlug, uniqueNames } from './clip-file-name.ts';

describe('clip file names', () => {
  it('slugs an English prompt with mode and id', () => {
    expect(clipFileNames({ prompt: 'A red kite over the sea!', mode: 'pro', id: 'video_123' })).toEqual({
      ascii: 'a-red-kite-over-the-sea-pro-video_123.mp4',
      unicode: 'A-red-kite-over-the-sea!-pro-video_123.mp4',
    });
  });

  it('keeps a Chinese prompt in the UTF-8 name and falls back in the ASCII one', () => {
    const names = clipFileNames({ prompt: '一只猫在海边奔跑', mode: 'std', id: '8675309' });
    expect(names).toEqual({ ascii: 'kling-clip-std-8675309.mp4', unicode: '一只猫在海边奔跑-std-8675309.mp4' });
    expect(contentDisposition(names)).toBe(
      `attachment; filename="kling-clip-std-8675309.mp4"; filename*=UTF-8''${encodeURIComponent('一只猫在海边奔跑')}-std-8675309.mp4`,
    );
  });

  it('strips accents, path parts, quotes, control and bidi characters', () => {
    expect(asciiSlug('Café "déjà vu" ../../etc/passwd')).toBe('cafe-deja-vu-etc-passwd');
    expect(unicodeSlug('a/b\\c:"d"\r\n\u202egnp.exe\u0000')).toBe('a-b-c-d-gnp.exe');
    expect(unicodeSlug('..')).toBe('kling-clip');
  });

  it('folds fullwidth and other compatibility forms (NFKC) before taking path parts out', () => {
    expect(unicodeSlug('／..／..／etc／passwd')).toBe('etc-passwd');
    expect(unicodeSlug('a＼b﹨c：d．．')).toBe('a-b-c-d');
    expect(unicodeSlug('．．')).toBe('kling-clip');
    expect(unicodeSlug('‥')).toBe('kling-clip');
    // ℅ is `c/o` once folded.
    expect(unicodeSlug('gift ℅ mum')).toBe('gift-c-o-mum');
    expect(clipFileNames({ prompt: '／..／..／x', mode: 'std', id: 'v1' })).toEqual({ ascii: 'x-std-v1.mp4', unicode: 'x-std-v1.mp4' });
  });

  it('treats slashes NFKC leaves alone as path separators too', () => {
    expect(unicodeSlug('a∕b⁄c⧸d⧹e∖f╱g╲h')).toBe('a-b-c-d-e-f-g-h');
    expect(unicodeSlug('∕..∕..∕etc')).toBe('etc');
  });

  it('takes out every format character: Arabic letter mark, soft hyphen, tags, lone surrogates', () => {
    expect(unicodeSlug('a\u061cb\u00adc\u{e0041}d\ud800e')).toBe('a-b-c-d-e');
  });

  it('bounds the length without splitting a character', () => {
    const long = asciiSlug('word '.repeat(100));
    expect(long.length).toBeLessThanOrEqual(SLUG_MAX);
    expect(long.endsWith('-')).toBe(false);
    const emoji = unicodeSlug('🎬'.repeat(100));
    expect(Array.from(emoji)).toHaveLength(SLUG_MAX);
    expect(emoji).toBe('🎬'.repeat(SLUG_MAX));
  });

  it('leaves the mode out when there is none', () => {
    expect(clipFileNames({ prompt: 'x', mode: null, id: 'a1' }).ascii).toBe('x-a1.mp4');
  });

  it('escapes what RFC 5987 does not allow', () => {
    expect(contentDisposition({ ascii: 'a.mp4', unicode: "it's (a)*.mp4" })).toContain("filename*=UTF-8''it%27s%20%28a%29%2A.mp4");
  });
});

describe('uniqueNames', () => {
  it('numbers repeats, ignoring case', () => {
    const unique = uniqueNames();
    expect(['a.mp4', 'A.mp4', 'a.mp4', 'b.mp4'].map(unique)).toEqual(['a.mp4', 'A-2.mp4', 'a-3.mp4', 'b.mp4']);
  });
});
