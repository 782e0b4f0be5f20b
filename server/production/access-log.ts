import type { IncomingMessage, ServerResponse } from 'node:http';
import { redact } from '../gateway/redact.ts';

// One JSON line per request, for a log pipeline to read: method, route, status, duration
// and bytes sent. The route is the path without its query (a download's query holds the
// prompt), redacted like every text the server writes.

export type LogLine = Record<string, string | number | boolean | null>;
export type WriteLog = (line: LogLine) => void;

export const jsonLogWriter =
  (out: NodeJS.WritableStream, secrets: readonly (string | undefined)[]): WriteLog =>
  (line) =>
    void out.write(`${redact(JSON.stringify({ time: new Date().toISOString(), ...line }), ...secrets)}\n`);

const pathOf = (url: string | undefined) => {
  const raw = url ?? '';
  const mark = raw.indexOf('?');
  // Bounded: a path is not a place to log kilobytes.
  return (mark < 0 ? raw : raw.slice(0, mark)).slice(0, 300);
};

const sizeOf = (chunk: unknown) =>
  typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk instanceof Uint8Array ? chunk.byteLength : 0;

/** Counts the body bytes a response sends (streamed clips and zips have no Content-Length to read). */
const countBytes = (res: ServerResponse) => {
  let bytes = 0;
  const write = res.write.bind(res) as (...args: unknown[]) => boolean;
  const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
  res.write = ((chunk: unknown, ...rest: unknown[]) => {
    bytes += sizeOf(chunk);
    return write(chunk, ...rest);
  }) as ServerResponse['write'];
  res.end = ((chunk?: unknown, ...rest: unknown[]) => {
    if (typeof chunk !== 'function') bytes += sizeOf(chunk);
    return end(chunk, ...rest);
  }) as ServerResponse['end'];
  return () => bytes;
};

/** Logs the request once its answer is done (or the client left). */
export const logRequest = (req: IncomingMessage, res: ServerResponse, write: WriteLog) => {
  const started = performance.now();
  const route = pathOf(req.url);
  const bytes = countBytes(res);
  res.once('close', () => {
    write({
      level: 'info',
      event: 'request',
      method: req.method ?? '',
      route,
      status: res.headersSent ? res.statusCode : null,
      ms: Math.round(performance.now() - started),
      bytes: bytes(),
      completed: res.writableFinished,
    });
  });
};
