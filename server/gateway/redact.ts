// Secrets (the gateway key, the studio token) must leave the server in no textual form:
// a gateway may echo one escaped (PHP writes `/` as `\/`, every JSON encoder `"` as
// `\"`, some any character as `\u002d`), in an HTML page as entities, or URL-encoded.
// docs/style.md, "Security".

// A credential after "Bearer", up to where text around it goes on; not one already redacted.
const BEARER = /Bearer\s+(?!\[redacted\])[^\s"',;)]+/gi;

export const REDACTED = '[redacted]';

type Secrets = readonly (string | undefined)[];

const NAMED_ENTITIES: Record<string, string> = { quot: '"', amp: '&', lt: '<', gt: '>', apos: "'", sol: '/', bsol: '\\' };
const JSON_SIMPLE: Record<string, string> = { b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
const char = (code: number) => (code <= 0x10ffff ? String.fromCodePoint(code) : '');

// Every decoding a secret may hide behind, one at a time: applied together, one would
// undo a `%41` inside the secret itself while undoing the escapes around it.
const DECODINGS: ((text: string) => string)[] = [
  (text) => text.replace(/\\u([0-9a-fA-F]{4})/g, (_, hex: string) => char(parseInt(hex, 16))),
  (text) => text.replace(/\\([^u])/g, (_, escaped: string) => JSON_SIMPLE[escaped] ?? escaped),
  (text) =>
    text
      .replace(/&#x([0-9a-f]{1,6});?/gi, (_, hex: string) => char(parseInt(hex, 16)))
      .replace(/&#(\d{1,7});?/g, (_, digits: string) => char(Number(digits)))
      .replace(/&([a-z]+);/gi, (whole, name: string) => NAMED_ENTITIES[name.toLowerCase()] ?? whole),
  (text) => text.replace(/%([0-9a-f]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
];

// Nesting is seen through by decoding again: JSON inside a JSON string, an entity of an
// escape. Depth and breadth are bounded; an answer that needs more is not one a gateway writes.
const MAX_DEPTH = 4;
const MAX_VIEWS = 64;
const MAY_BE_ENCODED = /[\\&%]/;

const live = (secrets: Secrets): string[] => secrets.filter((secret): secret is string => Boolean(secret));

/** Whether the text holds one of the secrets, as it is or decoded (escapes, entities, URL encoding). */
export const revealsSecret = (text: string, secrets: Secrets): boolean => {
  const wanted = live(secrets);
  const holds = (view: string) => wanted.some((secret) => view.includes(secret));
  if (wanted.length === 0) return false;
  if (holds(text)) return true;
  let views = [text];
  for (let depth = 0; depth < MAX_DEPTH && views.length > 0; depth++) {
    const next = new Set<string>();
    for (const view of views) {
      if (!MAY_BE_ENCODED.test(view)) continue;
      for (const decode of DECODINGS) {
        const decoded = decode(view);
        if (decoded === view) continue;
        if (holds(decoded)) return true;
        if (next.size < MAX_VIEWS) next.add(decoded);
      }
    }
    views = [...next];
  }
  return false;
};

const jsonInner = (text: string) => JSON.stringify(text).slice(1, -1);
const htmlEscaped = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

// The forms replaced where they stand, longest first so none is half-replaced by a shorter
// one. Anything else that still decodes to a secret costs the whole text (see redact).
const formsCache = new Map<string, string[]>();
const formsOf = (secret: string): string[] => {
  let forms = formsCache.get(secret);
  if (!forms) {
    const json = jsonInner(secret);
    const slashed = json.replaceAll('/', '\\/');
    const all = [secret, json, slashed, jsonInner(json), jsonInner(slashed), encodeURIComponent(secret), htmlEscaped(secret)];
    forms = [...new Set(all)].sort((a, b) => b.length - a.length);
    if (formsCache.size > 16) formsCache.clear();
    formsCache.set(secret, forms);
  }
  return forms;
};

/**
 * The text without the secrets and without any `Bearer …` credential: each secret's usual
 * forms (as is, JSON-escaped, `\/`, URL-encoded, HTML-escaped) become `[redacted]`; a text
 * that still decodes to a secret some other way becomes `[redacted]` as a whole.
 */
export const redact = (text: string, ...secrets: Secrets): string => {
  let out = text;
  for (const secret of live(secrets)) for (const form of formsOf(secret)) if (out.includes(form)) out = out.split(form).join(REDACTED);
  out = out.replace(BEARER, `Bearer ${REDACTED}`);
  return revealsSecret(out, secrets) ? REDACTED : out;
};
