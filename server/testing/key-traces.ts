import { gunzipSync } from 'node:zlib';

// Test helper: every way a browser (or a person) could turn an answer back into the key,
// written apart from server/gateway/redact.ts so the tests do not check the code with itself.

const tryOr = <T>(fn: () => T, fallback: T): T => {
  try {
    return fn();
  } catch {
    return fallback;
  }
};

const stringsIn = (value: unknown): string[] => {
  if (typeof value === 'string') return [value, ...readings(value)];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([name, item]) => [name, ...stringsIn(item)]);
  return [String(value)];
};

const htmlDecoded = (text: string) =>
  text
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);?/g, (_, digits: string) => String.fromCodePoint(Number(digits)))
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

// JSON inside a message, as the studio reads Kling's answer inside a gateway's (src/api/response-schemas.ts).
const embeddedJson = (text: string) => {
  const start = text.indexOf('{');
  return start > 0 ? text.slice(start, text.lastIndexOf('}') + 1) : null;
};

/** The text, and what it reads as: JSON (strings within strings too), URL-decoded, HTML-decoded. */
const readings = (text: string): string[] => {
  const inner = embeddedJson(text);
  const parsed = [text, ...(inner ? [inner] : [])].flatMap((candidate) => tryOr(() => [JSON.parse(candidate) as unknown], []));
  return [
    ...parsed.flatMap(stringsIn),
    ...[tryOr(() => decodeURIComponent(text), text), htmlDecoded(text), tryOr(() => JSON.parse(`"${text}"`) as string, text)].filter(
      (reading) => reading !== text,
    ),
  ];
};

/** Every reading of some bytes, gunzipped too when they are gzip. */
export const readingsOfBytes = (bytes: Buffer): string[] => {
  const texts = [bytes.toString('utf8'), bytes.toString('latin1')];
  const unzipped = tryOr(() => gunzipSync(bytes).toString('utf8'), null);
  if (unzipped !== null) texts.push(unzipped);
  return texts.flatMap((text) => [text, ...readings(text)]);
};

/** Where the key shows in an answer, by what part of it; empty when nowhere. */
export const keyTraces = (key: string, answer: { headers: Record<string, unknown>; bytes: Buffer }): string[] => {
  const traces: string[] = [];
  for (const [name, value] of Object.entries(answer.headers))
    if (readingsOfBytes(Buffer.from(`${name}: ${String(value)}`)).some((reading) => reading.includes(key))) traces.push(`header ${name}`);
  if (readingsOfBytes(answer.bytes).some((reading) => reading.includes(key))) traces.push('body');
  return traces;
};
