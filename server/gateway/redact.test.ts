import { describe, expect, it } from 'vitest';
import { redact, revealsSecret } from './redact.ts';

describe('redact', () => {
  it('removes the key wherever it appears', () => {
    expect(redact('key sk-abc123 failed; sk-abc123 again', 'sk-abc123')).toBe('key [redacted] failed; [redacted] again');
  });

  it('removes any Bearer credential, even without knowing the key', () => {
    expect(redact('sent "Authorization: Bearer other-token" upstream')).toBe('sent "Authorization: Bearer [redacted]" upstream');
  });

  it('leaves other text alone', () => {
    expect(redact('GET /api/health 200 3ms', 'sk-abc123')).toBe('GET /api/health 200 3ms');
  });
});

describe('redact, several secrets', () => {
  it('removes each of them', () => {
    expect(redact('key sk-1 token tok-2', 'sk-1', undefined, 'tok-2')).toBe('key [redacted] token [redacted]');
  });
});

describe('redact, the forms a secret is written in', () => {
  const key = 'sk-a/b"c\\d&e';
  it.each([
    ['as it is', `bad ${key}!`],
    ['JSON-escaped', `bad ${JSON.stringify(key).slice(1, -1)}!`],
    ['with PHP slashes', `bad ${JSON.stringify(key).slice(1, -1).replaceAll('/', '\\/')}!`],
    ['URL-encoded', `bad ${encodeURIComponent(key)}!`],
    ['HTML-escaped', `bad sk-a/b&#34;c\\d&#38;e!`],
  ])('cuts it out %s, keeping the text around it', (_form, text) => {
    expect(redact(text, key)).toBe('bad [redacted]!');
  });

  it('gives up the whole text for a form it cannot cut out', () => {
    const everyChar = [...key].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('');
    expect(redact(`bad ${everyChar}!`, key)).toBe('[redacted]');
    expect(revealsSecret(`bad ${everyChar}!`, [key])).toBe(true);
  });

  it('sees a secret that has a percent escape of its own, escaped again', () => {
    expect(revealsSecret(JSON.stringify({ m: 'k%41y\\"' }), ['k%41y\\"'])).toBe(true);
    expect(revealsSecret('nothing here %41 \\u0041', ['k%41y'])).toBe(false);
  });
});
