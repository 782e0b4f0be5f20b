import type { CreateCall } from '../../../api/build-create-body.ts';

// The key never reaches the browser, so the command names it as a shell variable.
const quote = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;

export const curlCommand = (call: CreateCall): string =>
  [
    `curl -X POST "$KLING_BASE_URL${call.path}"`,
    `  -H "Content-Type: application/json"`,
    `  -H "Authorization: Bearer $KLING_API_KEY"`,
    `  -d ${quote(JSON.stringify(call.body, null, 2))}`,
  ].join(' \\\n');

// Only the image fields: a long prompt must read exactly as sent.
const imageKeys = new Set(['image', 'image_tail', 'static_mask', 'mask']);
const LONG = 200;

/** The body for reading: long Base64 images shortened to a note, everything else as sent. */
export const abbreviateBody = (body: unknown, key = ''): unknown => {
  if (typeof body === 'string')
    return imageKeys.has(key) && body.length > LONG && !/^https?:/i.test(body)
      ? `<Base64, ${Math.round((body.length * 3) / 4 / 1024)} KB>`
      : body;
  if (Array.isArray(body)) return body.map((item) => abbreviateBody(item, key));
  if (body && typeof body === 'object') return Object.fromEntries(Object.entries(body).map(([k, v]) => [k, abbreviateBody(v, k)]));
  return body;
};
