import type { IncomingHttpHeaders } from 'node:http';
import type { Readable } from 'node:stream';
import { proxyError, type ProxyResponse } from './proxy-response.ts';

// Three 10 MB images (Kling's per-image limit) as Base64 plus the prompt fit.
export const MAX_REQUEST_BYTES = 32 * 1024 * 1024;

export type IncomingBody = Readable & { headers: IncomingHttpHeaders };

export type BodyResult = { ok: true; text: string } | { ok: false; response: ProxyResponse };

const tooLarge = (maxBytes: number): BodyResult => ({
  ok: false,
  // Close the connection rather than read the rest of an oversized upload.
  response: proxyError(413, 'payload_too_large', `The request body is larger than ${maxBytes} bytes`, {
    Connection: 'close',
  }),
});

/** Reads the whole body, or null as soon as it exceeds maxBytes. */
export const readBody = (req: IncomingBody, maxBytes: number): Promise<Buffer | null> =>
  new Promise((resolve, reject) => {
    if (Number(req.headers['content-length']) > maxBytes) return resolve(null);
    const chunks: Buffer[] = [];
    let size = 0;
    const stop = () => {
      req.off('data', onData).off('end', onEnd).off('error', onError).off('close', onClose);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.byteLength;
      if (size > maxBytes) {
        stop();
        req.pause();
        resolve(null);
      } else chunks.push(chunk);
    };
    const onEnd = () => {
      stop();
      resolve(Buffer.concat(chunks));
    };
    const onError = (error: Error) => {
      stop();
      reject(error);
    };
    const onClose = () => onError(new Error('The client closed the connection before sending the whole body'));
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

export const readJsonObjectBody = async (req: IncomingBody, maxBytes = MAX_REQUEST_BYTES): Promise<BodyResult> => {
  const bytes = await readBody(req, maxBytes);
  return bytes === null ? tooLarge(maxBytes) : parseJsonObject(bytes);
};
