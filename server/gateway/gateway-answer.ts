import type { IncomingHttpHeaders } from 'node:http';
import { promisify } from 'node:util';
import { brotliDecompress, gunzip, inflate, inflateRaw } from 'node:zlib';
import { proxyError, type ProxyResponse } from './proxy-response.ts';
import { scrubBody, scrubHeaders } from './scrub-answer.ts';

// Everything a gateway answers is treated as hostile before it reaches the browser:
// two headers pass, each only in a shape it can have; a compressed body is decoded
// (the studio never asks for compression, so a gateway that compresses anyway would
// otherwise hand the browser bytes no redaction could read); then the body is scrubbed
// of the key (scrub-answer.ts). docs/style.md, "Security".

const MEDIA_TYPE = /^[a-z0-9!#$&^_.+-]+\/[a-z0-9!#$&^_.+-]+$/;
const CHARSET = /^charset="?[a-z0-9._:-]{1,40}"?$/;
const DELAY_SECONDS = /^\d{1,9}$/;
const HTTP_DATE = /^[A-Za-z]{3}, \d{2} [A-Za-z]{3} \d{4} \d{2}:\d{2}:\d{2} GMT$/;

/** `type/subtype`, with its charset if it names one; nothing else a gateway put there. */
const contentType = (value: string): string | undefined => {
  const [media = '', ...parameters] = value.toLowerCase().split(';');
  if (!MEDIA_TYPE.test(media.trim())) return undefined;
  const charset = parameters.map((parameter) => parameter.trim()).find((parameter) => CHARSET.test(parameter));
  return charset ? `${media.trim()}; ${charset}` : media.trim();
};

const retryAfter = (value: string): string | undefined => {
  const trimmed = value.trim();
  return DELAY_SECONDS.test(trimmed) || (HTTP_DATE.test(trimmed) && !Number.isNaN(Date.parse(trimmed))) ? trimmed : undefined;
};

/** Content-Type and Retry-After, each in its own shape, neither revealing the key. */
export const passedHeaders = (headers: IncomingHttpHeaders, apiKey: string): Record<string, string> => {
  const passed: Record<string, string> = {};
  const type = headers['content-type'] === undefined ? undefined : contentType(headers['content-type']);
  const delay = headers['retry-after'] === undefined ? undefined : retryAfter(headers['retry-after']);
  if (type !== undefined) passed['Content-Type'] = type;
  if (delay !== undefined) passed['Retry-After'] = delay;
  return scrubHeaders(passed, [apiKey]);
};

type Decoder = (body: Buffer, options: { maxOutputLength: number }) => Promise<Buffer>;
const gunzipAsync: Decoder = promisify(gunzip);
const inflateAsync: Decoder = promisify(inflate);
const inflateRawAsync: Decoder = promisify(inflateRaw);
// "deflate" is zlib-wrapped by the standard and raw by some servers.
const DECODERS: Record<string, Decoder> = {
  gzip: gunzipAsync,
  'x-gzip': gunzipAsync,
  br: promisify(brotliDecompress),
  deflate: (body, options) => inflateAsync(body, options).catch(() => inflateRawAsync(body, options)),
};
const GZIP_MAGIC = Buffer.from([0x1f, 0x8b, 0x08]);

const unreadable = (what: string) => proxyError(502, 'upstream_error', `The gateway answered ${what}, which the studio does not read`);

export type DecodedBody = { ok: true; body: Buffer } | { ok: false; response: ProxyResponse };

/**
 * The body as the gateway meant it: decoded from each Content-Encoding (in the zlib
 * thread pool, never past maxBytes), or sniffed as gzip when a gateway compressed
 * without saying so. An encoding the studio does not know is refused.
 */
export const decodeBody = async (body: Buffer, encodingHeader: string | undefined, maxBytes: number): Promise<DecodedBody> => {
  const encodings = (encodingHeader ?? '')
    .toLowerCase()
    .split(',')
    .map((encoding) => encoding.trim())
    .filter((encoding) => encoding !== '' && encoding !== 'identity');
  if (encodings.length === 0 && body.subarray(0, 3).equals(GZIP_MAGIC)) encodings.push('gzip');
  const unknown = encodings.find((encoding) => !(encoding in DECODERS));
  if (unknown !== undefined) return { ok: false, response: unreadable(`in an encoding (${unknown.slice(0, 20)})`) };
  let decoded = body;
  try {
    // Applied in the order given, so undone last to first.
    for (const encoding of encodings.reverse()) decoded = await DECODERS[encoding]!(decoded, { maxOutputLength: maxBytes });
  } catch {
    return { ok: false, response: unreadable('with a compressed body that is broken or larger than the studio accepts') };
  }
  return { ok: true, body: decoded };
};

/** The gateway's answer as the browser may see it, or the studio's error saying why not. */
export const cleanAnswer = async (
  status: number,
  headers: IncomingHttpHeaders,
  raw: Buffer,
  options: { apiKey: string; maxBytes: number },
): Promise<ProxyResponse> => {
  const decoded = await decodeBody(raw, headers['content-encoding'], options.maxBytes);
  if (!decoded.ok) return decoded.response;
  const scrubbed = scrubBody(decoded.body, [options.apiKey]);
  if (!scrubbed.ok)
    return proxyError(502, 'upstream_error', `The gateway's answer (HTTP ${status}) repeated the studio's key, so the studio withheld it`);
  return { status, headers: passedHeaders(headers, options.apiKey), body: scrubbed.body };
};
