import { redact, revealsSecret } from './redact.ts';

// What leaves the server for the browser holds no secret, decoded or not. An answer that
// reveals none passes byte for byte (re-serializing every poll would cost time, and
// JSON.parse would round ids beyond 2^53). One that does is JSON parsed and written
// again with every string, keys included, redacted; anything else is withheld whole,
// since a secret in an unknown encoding cannot be cut out of it reliably.

type Secrets = readonly (string | undefined)[];

const scrubValue = (value: unknown, secrets: Secrets): unknown => {
  if (typeof value === 'string') return redact(value, ...secrets);
  if (Array.isArray(value)) return value.map((item) => scrubValue(item, secrets));
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([name, item]) => [redact(name, ...secrets), scrubValue(item, secrets)]));
  return value;
};

/** The JSON text with every secret redacted, or null when it is not JSON or still reveals one (a key made of digits, as a number). */
export const scrubJsonText = (text: string, secrets: Secrets): string | null => {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  const scrubbed = JSON.stringify(scrubValue(value, secrets));
  return revealsSecret(scrubbed, secrets) ? null : scrubbed;
};

export type ScrubbedBody = { ok: true; body: string | Uint8Array } | { ok: false };

/** The body as it is when it reveals no secret, JSON with the secrets redacted, or `ok: false` (withhold it). */
export const scrubBody = (body: string | Uint8Array, secrets: Secrets): ScrubbedBody => {
  const text = typeof body === 'string' ? body : Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('utf8');
  if (!revealsSecret(text, secrets)) return { ok: true, body };
  const scrubbed = scrubJsonText(text, secrets);
  return scrubbed === null ? { ok: false } : { ok: true, body: typeof body === 'string' ? scrubbed : Buffer.from(scrubbed) };
};

/** A header value that reveals a secret is dropped, not redacted: half a Retry-After means nothing. */
export const scrubHeaders = (headers: Record<string, string>, secrets: Secrets): Record<string, string> =>
  Object.fromEntries(Object.entries(headers).filter(([name, value]) => !revealsSecret(name, secrets) && !revealsSecret(value, secrets)));
