import type { IncomingMessage, ServerResponse } from 'node:http';

// Handlers return a Reply instead of writing to the socket, so a fault can
// rewrite the answer (cut it in half) after the request was really handled.
export type Reply = {
  status: number;
  headers?: Record<string, string>;
  json?: unknown;
  text?: string;
  contentType?: string;
};

export const jsonReply = (status: number, json: unknown, headers?: Record<string, string>): Reply => ({ status, json, headers });

// Base64 images of up to 10 MB grow by a third on the wire.
export const MAX_BODY_BYTES = 20 * 1024 * 1024;

export class BodyTooLargeError extends Error {}

export const readBody = (req: IncomingMessage): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new BodyTooLargeError('body too large'));
        req.resume();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });

/** The parsed JSON body, or undefined when it is not JSON (an empty body is not JSON either). */
export const parseJson = (raw: Buffer): unknown => {
  const text = raw.toString('utf8');
  if (!text.trim()) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
};

export const replyText = (reply: Reply): { body: string; contentType: string } =>
  reply.text !== undefined
    ? { body: reply.text, contentType: reply.contentType ?? 'text/plain; charset=utf-8' }
    : { body: JSON.stringify(reply.json ?? null), contentType: 'application/json; charset=utf-8' };

export const writeReply = (res: ServerResponse, reply: Reply, truncate = false) => {
  const { body, contentType } = replyText(reply);
  const bytes = Buffer.from(body, 'utf8');
  const sent = truncate ? bytes.subarray(0, Math.floor(bytes.length / 2)) : bytes;
  res.writeHead(truncate ? 200 : reply.status, {
    'Content-Type': contentType,
    'Content-Length': String(sent.length),
    ...reply.headers,
  });
  res.end(sent);
};
