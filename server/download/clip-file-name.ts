// File names for downloaded clips: `<prompt>-<mode>-<id>.mp4`. The prompt is a hint from
// the browser, so it is cut down to a safe, bounded piece of text; the id is already
// bounded by TASK_ID_PATTERN. Two forms: ASCII for `filename=` (every browser), and
// UTF-8 for `filename*=` (keeps a Chinese prompt readable).

export const SLUG_MAX = 60;
const FALLBACK = 'kling-clip';

// Control characters (Cc), format characters (Cf: bidi marks, overrides and isolates that
// can disguise an extension, U+061C, zero-width characters, soft hyphens, tags), line and
// paragraph separators, lone surrogates, noncharacters, and what Windows or macOS refuse
// in a name.
const UNSAFE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}\u2060-\u206f\ufff0-\uffff/\\:*?"<>|%]/gu;
// Slashes that NFKC leaves alone but that read as a path in a file name or a zip listing:
// fraction slash, division slash, set minus, box-drawing diagonals, mathematical rising and
// falling diagonals, reverse solidus operator, big solidus and big reverse solidus.
const SLASH_LOOKALIKES = /[\u2044\u2215\u2216\u2571\u2572\u27cb\u27cd\u29f5\u29f8\u29f9]/gu;

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
  // NFKC first, so that what it folds into ASCII (fullwidth `／` `＼` `：` `．`, small `﹨`,
  // `℅` → `c/o`) is then removed like the ASCII character itself.
  const text = prompt.normalize('NFKC').replace(UNSAFE, ' ').replace(SLASH_LOOKALIKES, ' ').trim().replace(/\s+/gu, '-');
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
