import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TASK_ID_PATTERN } from '../../src/api/gateway-routes.ts';
import { asciiSlug, clipFileNames, contentDisposition, SLUG_MAX, unicodeSlug } from './clip-file-name.ts';

// Whatever the prompt, a clip's file name (and so its zip entry) is one plain name:
// no path separator (nor one NFKC would make), no control, format or bidi character,
// never `.`, `..` or hidden, and bounded.

// Characters that turn into separators, dots or invisible text, mixed into arbitrary code points.
const tricky = fc.constantFrom(
  ...[
    '/',
    '\\',
    '.',
    ':',
    '／',
    '＼',
    '﹨',
    '．',
    '﹒',
    '‥',
    '…',
    '℀',
    '℁',
    '℅',
    '℆',
    '½',
    '∕',
    '⁄',
    '⧸',
    '⧹',
    '∖',
    '╱',
    '╲',
    '⟋',
    '⟍',
    '⧵',
  ],
  ...[
    '\u0000',
    '\u001f',
    '\u007f',
    '\u0085',
    '\u00ad',
    '\u061c',
    '\u200b',
    '\u200d',
    '\u200e',
    '\u202e',
    '\u2028',
    '\u2066',
    '\u2069',
    '\ufeff',
    '\u{e0001}',
    '\ud800',
    '\udfff',
    ' ',
    '\u3000',
  ],
);
const unit = fc.oneof(
  tricky,
  fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }),
);
const prompt = fc.string({ unit, maxLength: 80 });
const mode = fc.constantFrom(null, 'std', 'pro');
const id = fc.stringMatching(TASK_ID_PATTERN);

const SEPARATORS = /[/\\\u2044\u2215\u2216\u2571\u2572\u27cb\u27cd\u29f5\u29f8\u29f9]/u;
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]/u;

const expectPlainName = (name: string) => {
  expect(name).not.toMatch(SEPARATORS);
  expect(name.normalize('NFKC')).not.toMatch(SEPARATORS);
  expect(name).not.toMatch(INVISIBLE);
  expect(name).not.toMatch(/^[.-]/);
  expect(['.', '..', '']).not.toContain(name);
};

describe('clip file names, for any prompt', () => {
  it('are one plain, bounded name in both forms, and a valid Content-Disposition', () => {
    fc.assert(
      fc.property(prompt, mode, id, (text, m, i) => {
        for (const slug of [unicodeSlug(text), asciiSlug(text)]) {
          expectPlainName(slug);
          expect(Array.from(slug).length).toBeLessThanOrEqual(SLUG_MAX);
        }
        const names = clipFileNames({ prompt: text, mode: m, id: i });
        expectPlainName(names.unicode);
        expectPlainName(names.ascii);
        expect(names.ascii).toMatch(/^[a-z0-9-]+-[\w-]+\.mp4$/);
        expect(names.unicode.endsWith(`-${i}.mp4`)).toBe(true);
        expect(() => contentDisposition(names)).not.toThrow();
      }),
      { numRuns: 2000 },
    );
  });
});
