import { createServer, type OutgoingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';

// Test helper: a gateway that echoes the key it is sent, in every form a real encoder or
// a hostile one might write it. The task id picks the echo (GET …/generations/{echo});
// a create echoes it too (POST with the echo in the body's `prompt`).

export type Echo = { status: number; headers: OutgoingHttpHeaders; body: Buffer };

const json = (status: number, value: unknown, headers: OutgoingHttpHeaders = {}, encode = JSON.stringify): Echo => ({
  status,
  headers: { 'Content-Type': 'application/json', ...headers },
  body: Buffer.from(encode(value)),
});
const everyCharEscaped = (text: string) => [...text].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('');
const phpSlashes = (value: unknown) => JSON.stringify(value).replaceAll('/', '\\/');
const failedTask = (id: string, reason: string) => ({
  id,
  task_id: id,
  object: 'video',
  status: 'failed',
  progress: 100,
  fail_reason: reason,
  error: { message: reason, code: 'task_failed' },
});
const entities = (text: string) => [...text].map((c) => `&#x${c.charCodeAt(0).toString(16)};`).join('');

/** Every echo of the key, by name. */
export const ECHOES: Record<string, (key: string, id: string) => Echo> = {
  raw: (key) => ({
    status: 401,
    headers: { 'Content-Type': 'application/json' },
    body: Buffer.from(`{"error":{"message":"invalid key ${key}"}}`),
  }),
  'json-escaped': (key) => json(401, { error: { message: `invalid key ${key}` } }),
  'php-slashes': (key) => json(401, { error: { message: `invalid key ${key}` } }, {}, phpSlashes),
  'unicode-escaped': (key) => ({
    status: 401,
    headers: { 'Content-Type': 'application/json' },
    body: Buffer.from(`{"error":{"message":"invalid key ${everyCharEscaped(key)}"}}`),
  }),
  'kling-inside': (key) =>
    json(500, {
      error: {
        message: `fail_to_fetch_task: ${phpSlashes({ code: 1000, message: `Authorization ${key} is invalid` })}`,
        code: 'fail_to_fetch_task',
      },
    }),
  'as-a-name': (key) => json(400, { [key]: 'echoed as a field name', error: { message: 'bad request' } }),
  'in-headers': (key, id) =>
    json(
      429,
      { error: { message: 'slow down' } },
      { 'Content-Type': `application/json; charset=utf-8; key=${key}`, 'Retry-After': key, 'X-Echo': key, 'X-Id': id },
    ),
  'gzipped-said': (key) => ({
    status: 401,
    headers: { 'Content-Type': 'application/json', 'Content-Encoding': 'gzip' },
    body: gzipSync(JSON.stringify({ error: { message: `invalid key ${key}` } })),
  }),
  'gzipped-unsaid': (key) => ({
    status: 401,
    headers: { 'Content-Type': 'application/json' },
    body: gzipSync(JSON.stringify({ error: { message: `invalid key ${key}` } })),
  }),
  'unknown-encoding': (key) => ({
    status: 401,
    headers: { 'Content-Type': 'application/json', 'Content-Encoding': 'zstd' },
    body: Buffer.from(`invalid key ${key}`),
  }),
  'failed-task': (key, id) => json(200, failedTask(id, `the key ${key} is not allowed this model`)),
  'failed-task-escaped': (key, id) => json(200, failedTask(id, `the key ${key} is not allowed this model`), {}, phpSlashes),
  'html-page': (key) => ({
    status: 200,
    headers: { 'Content-Type': 'text/html' },
    body: Buffer.from(`<html><body>Key: ${key} / ${entities(key)}</body></html>`),
  }),
  'url-encoded': (key) => ({
    status: 502,
    headers: { 'Content-Type': 'text/plain' },
    body: Buffer.from(`upstream=https://x.example/?key=${encodeURIComponent(key)}`),
  }),
};

export type HostileGateway = { url: string; close(): Promise<void> };

/** The gateway on 127.0.0.1; the key it echoes is the one the studio sends. */
export const startHostileGateway = async (): Promise<HostileGateway> => {
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const key = (req.headers.authorization ?? '').replace(/^Bearer /, '');
      const id = decodeURIComponent((req.url ?? '').split('/').at(-1) ?? '');
      const name =
        req.method === 'POST' ? String((JSON.parse(Buffer.concat(chunks).toString() || '{}') as { prompt?: string }).prompt) : id;
      const echo = (ECHOES[name] ?? ECHOES.raw!)(key, id);
      res.writeHead(echo.status, echo.headers);
      res.end(echo.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
};
