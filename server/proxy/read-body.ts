import type { IncomingHttpHeaders } from 'node:http';
import type { Readable } from 'node:stream';
import type { BodyBudget } from './body-budget.ts';
import { proxyError, type ProxyResponse } from '../gateway/proxy-response.ts';

// Three 10 MB images (Kling's per-image limit) as Base64 plus the prompt fit.
export const MAX_REQUEST_BYTES = 32 * 1024 * 1024;

export type IncomingBody = Readable & { headers: IncomingHttpHeaders };

export type BodyResult = { ok: true; text: string } | { ok: false; response: ProxyResponse };

export type BodyLimits = { maxBytes: number; timeoutMs: number; budget: BodyBudget };

type Refused = 'too_large' | 'too_slow' | 'busy';
export type ReadBody = { ok: true; bytes: Buffer; release: () => void } | { ok: false; why: Refused };

// Close the connection rather than read the rest of a refused upload.
const CLOSE = { Connection: 'close' };

const refusal = (why: Refused, limits: BodyLimits): ProxyResponse => {
  if (why === 'too_large') return proxyError(413, 'payload_too_large', `The request body is larger than ${limits.maxBytes} bytes`, CLOSE);
  if (why === 'too_slow')
    return proxyError(
      408,
      'request_timeout',
      `The request body did not arrive within ${limits.timeoutMs / 1000} s (PROXY_BODY_TIMEOUT_MS)`,
      CLOSE,
    );
  return proxyError(503, 'unavailable', 'The studio is receiving more uploads at once than it can hold; send this one again in a moment', {
    ...CLOSE,
    'Retry-After': '2',
  });
};

/**
 * Reads the whole body within the deadline, counting every byte against the budget
 * shared by all clients; the bytes stay counted until `release` (once forwarded).
 */
export const readBody = (req: IncomingBody, limits: BodyLimits): Promise<ReadBody> =>
  new Promise((resolve, reject) => {
    if (Number(req.headers['content-length']) > limits.maxBytes) return resolve({ ok: false, why: 'too_large' });
    const chunks: Buffer[] = [];
    let size = 0;
    const stop = () => {
      clearTimeout(deadline);
      req.off('data', onData).off('end', onEnd).off('error', onError).off('close', onClose);
    };
    const refuse = (why: Refused) => {
      stop();
      limits.budget.give(size);
      req.pause();
      resolve({ ok: false, why });
    };
    const onData = (chunk: Buffer) => {
      if (size + chunk.byteLength > limits.maxBytes) return refuse('too_large');
      if (!limits.budget.take(chunk.byteLength)) return refuse('busy');
      size += chunk.byteLength;
      chunks.push(chunk);
    };
    const onEnd = () => {
      stop();
      let released = false;
      const release = () => {
        if (!released) limits.budget.give(size);
        released = true;
      };
      resolve({ ok: true, bytes: Buffer.concat(chunks), release });
    };
    const onError = (error: Error) => {
      stop();
      limits.budget.give(size);
      reject(error);
    };
    const onClose = () => onError(new Error('The client closed the connection before sending the whole body'));
    const deadline = setTimeout(() => refuse('too_slow'), limits.timeoutMs);
    req.on('data', onData).on('end', onEnd).on('error', onError).on('close', onClose);
  });

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** The body as text, if it is a JSON object; junk never goes upstream. */
export const parseJsonObject = (bytes: Uint8Array): BodyResult => {
  const invalid: BodyResult = {
    ok: false,
    response: proxyError(400, 'invalid_json', 'The request body must be a JSON object'),
  };
  try {
    const text = strictUtf8.decode(bytes);
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? { ok: true, text } : invalid;
  } catch {
    return invalid;
  }
};

export type JsonBody = { ok: true; text: string; release: () => void } | { ok: false; response: ProxyResponse };

/** The body as a JSON object's text, with the budget's bytes to release once it has been forwarded. */
export const readJsonObjectBody = async (req: IncomingBody, limits: BodyLimits): Promise<JsonBody> => {
  const read = await readBody(req, limits);
  if (!read.ok) return { ok: false, response: refusal(read.why, limits) };
  const parsed = parseJsonObject(read.bytes);
  if (!parsed.ok) read.release();
  return parsed.ok ? { ...parsed, release: read.release } : parsed;
};
