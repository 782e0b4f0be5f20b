import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { EXPIRES_PARAM, type ClipSource } from './sim-context.ts';

// Serves rendered clips like the CDN behind Kling's result URLs: byte ranges
// (Chromium needs them to seek), immutable caching, and CORS so the studio can
// draw posters from a clip on a canvas. Only keys the clip store produced are
// served; nothing from the request ever becomes a path.

const FILE_PATH = /^\/files\/([A-Za-z0-9_-]{1,64})\.mp4$/;

const CORS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Expose-Headers': 'Accept-Ranges, Content-Length, Content-Range, ETag',
};

const text = (res: ServerResponse, status: number, body: string, headers: Record<string, string> = {}) => {
  res.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(body)),
    ...CORS,
    ...headers,
  });
  res.end(body);
};

type ByteRange = { start: number; end: number } | 'unsatisfiable' | null;

/** One `bytes=` range (the only kind media elements send); null means "send it all". */
export const parseRange = (header: string | undefined, size: number): ByteRange => {
  const match = header ? /^bytes=(\d*)-(\d*)$/.exec(header.trim()) : null;
  if (!match) return null;
  const [, from = '', to = ''] = match;
  if (from === '' && to === '') return null;
  if (from === '') {
    const suffix = Number(to);
    if (suffix === 0) return 'unsatisfiable';
    return { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(from);
  const end = to === '' ? size - 1 : Math.min(Number(to), size - 1);
  if (start >= size || end < start) return 'unsatisfiable';
  return { start, end };
};

export const serveClip = async (
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  query: URLSearchParams,
  clips: ClipSource,
  now: number,
) => {
  if (req.method === 'OPTIONS') {
    res.writeHead(204, { ...CORS, 'Access-Control-Allow-Methods': 'GET, HEAD', 'Access-Control-Allow-Headers': 'Range' });
    res.end();
    return;
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') return text(res, 405, 'Method Not Allowed', { Allow: 'GET, HEAD' });
  const key = FILE_PATH.exec(path)?.[1];
  const file = key === undefined ? undefined : clips.pathFor(key);
  const fileStat = file ? await stat(file).catch(() => null) : null;
  if (!key || !file || !fileStat?.isFile()) return text(res, 404, 'Not Found');
  const expires = query.get(EXPIRES_PARAM);
  if (expires !== null && !(Number(expires) * 1000 > now)) return text(res, 404, 'Not Found: this link has expired');

  const size = fileStat.size;
  const etag = `"${key}-${size}"`;
  const headers: Record<string, string> = {
    'Content-Type': 'video/mp4',
    'Accept-Ranges': 'bytes',
    ETag: etag,
    'Last-Modified': fileStat.mtime.toUTCString(),
    'Cache-Control': 'public, max-age=31536000, immutable',
    ...CORS,
  };
  if (req.headers['if-none-match'] === etag) {
    res.writeHead(304, headers);
    res.end();
    return;
  }
  const ifRange = req.headers['if-range'];
  const range = ifRange && ifRange !== etag ? null : parseRange(req.headers.range, size);
  if (range === 'unsatisfiable')
    return text(res, 416, 'Range Not Satisfiable', { 'Content-Range': `bytes */${size}`, 'Accept-Ranges': 'bytes' });

  const { start, end } = range ?? { start: 0, end: size - 1 };
  res.writeHead(range ? 206 : 200, {
    ...headers,
    'Content-Length': String(end - start + 1),
    ...(range ? { 'Content-Range': `bytes ${start}-${end}/${size}` } : {}),
  });
  if (req.method === 'HEAD' || size === 0) {
    res.end();
    return;
  }
  const stream = createReadStream(file, { start, end });
  stream.on('error', () => res.destroy());
  stream.pipe(res);
};
