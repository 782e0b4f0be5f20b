import { describe, expect, it } from 'vitest';
import { overriddenKeys, parseMetadataText } from './metadata-text.ts';

describe('parseMetadataText', () => {
  it('treats empty text as no metadata', () => expect(parseMetadataText('  \n')).toEqual({ ok: true, value: {} }));
  it('reads an object', () => expect(parseMetadataText('{"multi_shot": false}')).toEqual({ ok: true, value: { multi_shot: false } }));
  it('rejects broken JSON with the parser’s reason', () => {
    const result = parseMetadataText('{"a": }');
    expect(result.ok).toBe(false);
    expect(result.ok ? null : result.reason).toBe('json');
  });
  it.each([
    ['[1]', 'array'],
    ['"text"', 'string'],
    ['null', 'object'],
    ['3', 'number'],
  ])('rejects %s, which is not an object', (text, detail) =>
    expect(parseMetadataText(text)).toEqual({ ok: false, reason: 'not_object', detail }),
  );
});

describe('overriddenKeys', () => {
  it('names the keys the form also sets', () =>
    expect(overriddenKeys({ multi_shot: true, cfg_scale: 0.2, aspect_ratio: '1:1' })).toEqual(['cfg_scale', 'aspect_ratio']));
});
