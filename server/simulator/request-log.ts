import { createHash } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

// What arrived at the gateway routes, for tests to inspect (GET /__sim/requests).
// A credential header is kept as a fingerprint, never in clear: tests can still prove
// which key arrived (compare with credentialFingerprint), and a real key sent to
// `npm run sim` cannot be read back from the log. Bodies and query strings are kept
// as sent: the studio never puts a key there, but a client that did would find it here.
// Headers are never written to the log lines.
//
// In the new-api profile a create's entry also says what the gateway made of it:
// `dropped`, the fields that never reached Kling, each by its dotted path in the body
// as the client sent it (`metadata.sound` on the unified surface, `sound` on the
// Kling-compatible one; see new-api-decode.ts), and `forwarded`, the body Kling got.
// The document profile drops nothing and adds neither.

/** What a create handler adds to its request's entry. */
export type RequestNotes = { dropped?: string[]; forwarded?: unknown };

export type LoggedRequest = {
  seq: number;
  at: number; // Unix milliseconds
  method: string;
  path: string;
  query: string; // the raw query string, '' when there is none
  headers: Record<string, string>;
  body: unknown;
} & RequestNotes;

const MAX_ENTRIES = 5000;

const FINGERPRINTED = new Set(['authorization', 'proxy-authorization']);
const REDACTED = new Set(['cookie', 'x-studio-token', 'x-api-key', 'api-key']);

const sha256Prefix = (text: string) => `sha256:${createHash('sha256').update(text).digest('hex').slice(0, 16)}`;

// `Bearer sk-…` becomes `Bearer sha256:…`; a value with no scheme word is all credential.
const fingerprintCredential = (value: string): string => {
  const credential = value.trim();
  const schemed = /^(\S+)\s+(\S.*)$/.exec(credential);
  return schemed ? `${schemed[1]} ${sha256Prefix(schemed[2] ?? '')}` : sha256Prefix(credential);
};

/** What the log stores for `Authorization: Bearer <key>`. */
export const credentialFingerprint = (key: string): string => fingerprintCredential(`Bearer ${key}`);

const logValue = (name: string, value: string): string =>
  FINGERPRINTED.has(name) ? fingerprintCredential(value) : REDACTED.has(name) ? '[redacted]' : value;

const flattenHeaders = (headers: IncomingHttpHeaders): Record<string, string> =>
  Object.fromEntries(
    Object.entries(headers)
      .filter((entry): entry is [string, string | string[]] => entry[1] !== undefined)
      .map(([name, value]) => {
        const lower = name.toLowerCase();
        return [lower, logValue(lower, Array.isArray(value) ? value.join(', ') : value)];
      }),
  );

export const createRequestLog = () => {
  let entries: LoggedRequest[] = [];
  let seq = 0;
  return {
    record: (request: {
      method: string;
      path: string;
      query: string;
      headers: IncomingHttpHeaders;
      body: unknown;
      at: number;
    }): LoggedRequest => {
      const entry = {
        seq: ++seq,
        at: request.at,
        method: request.method,
        path: request.path,
        query: request.query,
        headers: flattenHeaders(request.headers),
        body: request.body,
      };
      entries.push(entry);
      if (entries.length > MAX_ENTRIES) entries = entries.slice(-MAX_ENTRIES);
      return entry;
    },
    note: (entry: LoggedRequest, notes: RequestNotes) => {
      Object.assign(entry, notes);
    },
    since: (after: number): LoggedRequest[] => entries.filter((entry) => entry.seq > after),
    // Sequence numbers keep counting after a clear, so `since` stays meaningful.
    clear: () => {
      entries = [];
    },
  };
};
export type RequestLog = ReturnType<typeof createRequestLog>;
