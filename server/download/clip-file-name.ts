// File names for downloaded clips: `<prompt>-<mode>-<id>.mp4`. The prompt is a hint from
// the browser, so it is cut down to a safe, bounded piece of text; the id is already
// bounded by TASK_ID_PATTERN. Two forms: ASCII for `filename=` (every browser), and
// UTF-8 for `filename*=` (keeps a Chinese prompt readable).

export const SLUG_MAX = 60;
const FALLBACK = 'kling-clip';

// Control characters, bidi overrides and isolates (which can disguise an extension),
// zero-width characters, and what Windows or macOS refuse in a name.
// eslint-disable-next-line no-control-regex -- control characters are exactly what this removes
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff0-\uffff/\\:*?"<>|%]/gu;

const trimDashes = (text: string) => text.replace(/^[-.]+|[-.]+$/g, '');

/** Cuts at most `max` characters (code points, never half a surrogate pair), at a dash when one is near. */
const bound = (text: string, max: number): string => {
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  const cut = chars.slice(0, max).join('');
  const dash = cut.lastIndexOf('-');
  return dash >= max / 2 ? cut.slice(0, dash) : cut;
};

export const asciiSlug = (prompt: string): string => {
  const ascii = prompt
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-');
  return trimDashes(bound(trimDashes(ascii), SLUG_MAX)) || FALLBACK;
};

export const unicodeSlug = (prompt: string): string => {
  const text = prompt.normalize('NFC').replace(UNSAFE, ' ').trim().replace(/\s+/gu, '-');
  return trimDashes(bound(trimDashes(text), SLUG_MAX)) || FALLBACK;
};

export type ClipNameParts = { prompt: string; mode: string | null; id: string };

const join = (slug: string, { mode, id }: ClipNameParts) => [slug, mode, id].filter(Boolean).join('-') + '.mp4';

export const clipFileNames = (parts: ClipNameParts) => ({
  ascii: join(asciiSlug(parts.prompt), parts),
  unicode: join(unicodeSlug(parts.prompt), parts),
});

// RFC 5987: encodeURIComponent leaves ' ( ) * unescaped, which the attr-char set excludes.
const encodeRfc5987 = (text: string) =>
  encodeURIComponent(text).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

export const contentDisposition = (names: { ascii: string; unicode: string }): string =>
  `attachment; filename="${names.ascii}"; filename*=UTF-8''${encodeRfc5987(names.unicode)}`;

/** Makes each name unique within one zip: `a.mp4`, `a-2.mp4`, … */
export const uniqueNames = () => {
  const taken = new Set<string>();
  return (name: string): string => {
    const stem = name.replace(/\.mp4$/, '');
    let candidate = name;
    for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = `${stem}-${n}.mp4`;
    taken.add(candidate.toLowerCase());
    return candidate;
  };
};
