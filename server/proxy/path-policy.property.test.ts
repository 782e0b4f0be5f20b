import { createServer, type Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import fc from 'fast-check';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { matchGatewayRoute, TASK_ID_PATTERN } from '../../src/api/gateway-routes.ts';
import { createApiMiddleware } from './api-middleware.ts';
import { createGatewayAgents } from '../gateway/gateway-agents.ts';
import type { UpstreamHandle } from './upstream.ts';

// Property tests over real HTTP (a node:http server around the /api middleware, raw
// request lines on a socket so nothing normalizes the path on the way): whatever the
// path, the only requests that reach the gateway are the contract's own routes.

// The gateway: a local server that records what reaches it and knows no task.
const calls: { method: string; path: string }[] = [];
const gateway = createServer((req, res) => {
  calls.push({ method: req.method ?? '', path: (req.url ?? '').slice('/base'.length) });
  req.resume();
  res.writeHead(400, { 'Content-Type': 'application/json' }).end('{"code":"task_not_exist","message":"task_not_exist","data":null}');
});
const agents = createGatewayAgents();

let server: Server;
let port: number;
beforeAll(async () => {
  await new Promise<void>((resolve) => gateway.listen(0, '127.0.0.1', resolve));
  const gatewayHost = `127.0.0.1:${(gateway.address() as AddressInfo).port}`;
  const upstream: UpstreamHandle = {
    mode: 'gateway',
    ready: async () => ({ mode: 'gateway', baseUrl: `http://${gatewayHost}/base`, apiKey: 'sk-prop', host: gatewayHost }),
    close: async () => {},
    secret: () => 'sk-prop',
  };
  const api = createApiMiddleware({
    upstream,
    allowedHosts: [],
    upstreamTimeoutMs: 1000,
    logger: { info: () => {} },
    agents,
    maxInFlight: 1000,
  });
  server = createServer((req, res) => api(req, res, () => res.writeHead(404).end('not /api')));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => {
  server.close();
  agents.destroy();
  gateway.closeAllConnections();
  gateway.close();
});
beforeEach(() => void (calls.length = 0));

/** Sends the request line byte for byte; resolves with the status (0 if the server just closed). */
const send = (method: string, target: string): Promise<number> =>
  new Promise((resolve, reject) => {
    const socket = connect({ port, host: '127.0.0.1', noDelay: true });
    const body = method === 'POST' ? '{}' : '';
    const head = `${method} ${target} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nConnection: close\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n`;
    const chunks: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('close', () => resolve(Number(/^HTTP\/1\.1 (\d{3})/.exec(Buffer.concat(chunks).toString('latin1'))?.[1] ?? 0)));
    socket.on('error', reject);
    // Not end(): a half-closed request is abandoned by Node's server before a real gateway answers.
    socket.write(head + body);
  });

const segment = fc.oneof(
  fc.constantFrom(
    'v1',
    'video',
    'generations',
    'kling',
    'videos',
    'text2video',
    'image2video',
    'omni-video',
    'download',
    'unified',
    'zip',
    'health',
  ),
  fc.constantFrom('..', '.', '', '%2e%2e', '%2E%2E', '.%2e', '%2f', '%2F', 'a%2Fb', '%5c', '..%5c..', '%00', '%252e%252e', ';', '~'),
  fc.stringMatching(TASK_ID_PATTERN),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.string({ minLength: 129, maxLength: 400 }),
);
const path = fc.oneof(
  fc.array(segment, { maxLength: 7 }).map((parts) => `/api/${parts.join('/')}`),
  fc
    .tuple(
      fc.constantFrom('http://evil.example', 'https://127.0.0.1:1', '//evil.example', 'http:', '/API', '/%61pi', '/api%2f'),
      fc.array(segment, { maxLength: 6 }),
    )
    .map(([start, parts]) => `${start}/${parts.join('/')}`),
);
// Whitespace would end the request line early; send it encoded, as a browser would.
const target = fc
  .tuple(path, fc.option(fc.string({ maxLength: 20 })))
  .map(([p, q]) => (q === null ? p : `${p}?${q}`).replace(/[\s]/gu, '%20'));
const method = fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'OPTIONS', 'HEAD', 'PATCH');

const rawPathOf = (t: string) => t.split('?')[0] ?? '';

describe('proxy path handling (property)', () => {
  it('forwards nothing but exact contract routes, verbatim', async () => {
    await fc.assert(
      fc.asyncProperty(method, target, async (m, t) => {
        calls.length = 0;
        await send(m, t);
        const raw = rawPathOf(t);
        for (const call of calls) {
          expect(matchGatewayRoute(call.method, call.path), `${m} ${t} → ${call.method} ${call.path}`).not.toBeNull();
          // Forwarded as it came (no decoding, no normalizing), or a download's own lookup.
          if (!raw.startsWith('/api/download/')) expect(`/api${call.path}`).toBe(raw);
        }
        if (!raw.startsWith('/api/')) expect(calls).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });

  it('forwards every id the pattern allows, on each query route', async () => {
    const route = fc.constantFrom('/v1/video/generations', '/kling/v1/videos/text2video', '/kling/v1/videos/image2video');
    await fc.assert(
      fc.asyncProperty(route, fc.stringMatching(TASK_ID_PATTERN), async (prefix, id) => {
        calls.length = 0;
        expect(await send('GET', `/api${prefix}/${id}`)).toBe(400);
        expect(calls).toEqual([{ method: 'GET', path: `${prefix}/${id}` }]);
      }),
      { numRuns: 150 },
    );
  });

  it('looks up only the named task for a download, whatever the hints say', async () => {
    const hint = fc.string({ unit: 'grapheme', maxLength: 40 });
    await fc.assert(
      fc.asyncProperty(fc.stringMatching(TASK_ID_PATTERN), hint, async (id, prompt) => {
        calls.length = 0;
        const status = await send('GET', `/api/download/kling/image2video/${id}?prompt=${encodeURIComponent(prompt)}&mode=pro`);
        expect(status).toBe(404);
        expect(calls).toEqual([{ method: 'GET', path: `/kling/v1/videos/image2video/${id}` }]);
      }),
      { numRuns: 100 },
    );
  });
});
