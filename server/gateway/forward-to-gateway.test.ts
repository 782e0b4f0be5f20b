import { createServer, type IncomingHttpHeaders, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { forwardToGateway, type ForwardOptions } from './forward-to-gateway.ts';
import { createGatewayAgents } from './gateway-agents.ts';

// Response shapes the simulator cannot produce (redirects, oversized or key-echoing
// bodies, Set-Cookie): a small local server stands in for the gateway, each test
// setting how it answers.
type Seen = { method: string; url: string; headers: IncomingHttpHeaders; body: string; socket: number };
const seen: Seen[] = [];
let answer: (req: IncomingMessage, res: ServerResponse) => void = (_req, res) => res.end('{}');
let server: Server;
let baseUrl: string;
let connections = 0;

beforeAll(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const socket = (req.socket as unknown as { id?: number }).id ?? -1;
      seen.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString(), socket });
      answer(req, res);
    });
  });
  server.on('connection', (socket) => Object.assign(socket, { id: (connections += 1) }));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/base`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});
afterEach(() => {
  seen.length = 0;
  answer = (_req, res) => res.end('{}');
});

const agents = createGatewayAgents(4);
afterAll(() => agents.destroy());

const options = (extra: Partial<ForwardOptions> = {}): ForwardOptions => ({
  baseUrl,
  apiKey: 'sk-secret-123',
  timeoutMs: 1000,
  agents,
  ...extra,
});

const json = (response: { body: string | Uint8Array }) =>
  JSON.parse(Buffer.from(response.body).toString()) as {
    error: { code: string };
  };

describe('forwardToGateway', () => {
  it('sends only its own headers and passes back status, Content-Type, Retry-After and body', async () => {
    answer = (_req, res) => {
      res.writeHead(429, { 'Content-Type': 'application/json', 'Retry-After': '3', 'Set-Cookie': 'a=b', Server: 'gw' });
      res.end('{"status":"queued"}');
    };
    const response = await forwardToGateway({ method: 'POST', path: '/v1/video/generations', body: '{"a":"✓"}' }, options());
    expect(seen[0]).toMatchObject({ method: 'POST', url: '/base/v1/video/generations', body: '{"a":"✓"}' });
    const { host, connection, ...sent } = seen[0]?.headers ?? {};
    expect([host, connection]).toEqual([new URL(baseUrl).host, 'keep-alive']);
    expect(sent).toEqual({
      authorization: 'Bearer sk-secret-123',
      accept: 'application/json',
      'content-type': 'application/json',
      'content-length': String(Buffer.byteLength('{"a":"✓"}')),
    });
    expect(response).toEqual({
      status: 429,
      headers: { 'Content-Type': 'application/json', 'Retry-After': '3' },
      body: Buffer.from('{"status":"queued"}'),
    });
  });

  it('sends no Content-Type without a body', async () => {
    await forwardToGateway({ method: 'GET', path: '/x' }, options());
    expect(seen[0]?.headers).not.toHaveProperty('content-type');
  });

  it('reuses one connection for requests one after another', async () => {
    for (let i = 0; i < 5; i += 1) expect((await forwardToGateway({ method: 'GET', path: `/x/${i}` }, options())).status).toBe(200);
    expect(new Set(seen.map((request) => request.socket)).size).toBe(1);
  });

  it('opens at most maxSockets connections however many requests are in flight', async () => {
    answer = (_req, res) => setTimeout(() => res.end('{}'), 20);
    const all = await Promise.all(Array.from({ length: 12 }, (_, i) => forwardToGateway({ method: 'GET', path: `/y/${i}` }, options())));
    expect(all.map((response) => response.status)).toEqual(Array(12).fill(200));
    expect(new Set(seen.map((request) => request.socket)).size).toBeLessThanOrEqual(4);
  });

  it('waits for a slow answer past the idle-socket timeout, up to its own deadline', async () => {
    const quickIdle = createGatewayAgents(2, 30);
    answer = (_req, res) => setTimeout(() => res.end('{"late":true}'), 120);
    const response = await forwardToGateway({ method: 'GET', path: '/slow' }, options({ agents: quickIdle }));
    quickIdle.destroy();
    expect([response.status, Buffer.from(response.body).toString()]).toEqual([200, '{"late":true}']);
  });

  it('retries a query once when the gateway closed the idle connection under it', async () => {
    await forwardToGateway({ method: 'GET', path: '/warm' }, options());
    // The gateway drops its idle keep-alive sockets without the agent noticing yet.
    let dropped = false;
    answer = (req, res) => {
      if (!dropped) {
        dropped = true;
        return void req.socket.destroy();
      }
      res.end('{"ok":true}');
    };
    const response = await forwardToGateway({ method: 'GET', path: '/again' }, options());
    expect([response.status, Buffer.from(response.body).toString()]).toEqual([200, '{"ok":true}']);
    expect(seen.map((request) => request.url)).toEqual(['/base/warm', '/base/again', '/base/again']);
  });

  it('never sends a create twice', async () => {
    await forwardToGateway({ method: 'GET', path: '/warm' }, options());
    answer = (req) => void req.socket.destroy();
    const response = await forwardToGateway({ method: 'POST', path: '/create', body: '{}' }, options());
    expect([response.status, json(response).error.code]).toEqual([502, 'upstream_unreachable']);
    expect(seen.filter((request) => request.method === 'POST')).toHaveLength(1);
  });

  it('answers 502 upstream_too_large beyond the cap, announced or not', async () => {
    answer = (_req, res) => res.end('x'.repeat(100));
    const announced = await forwardToGateway({ method: 'GET', path: '/x' }, options({ maxResponseBytes: 50 }));
    expect([announced.status, json(announced).error.code]).toEqual([502, 'upstream_too_large']);
    answer = (_req, res) => {
      res.write('x'.repeat(40));
      setTimeout(() => res.end('x'.repeat(40)), 10);
    };
    const streamed = await forwardToGateway({ method: 'GET', path: '/x' }, options({ maxResponseBytes: 50 }));
    expect([streamed.status, json(streamed).error.code]).toEqual([502, 'upstream_too_large']);
  });

  it('refuses to follow a redirect', async () => {
    answer = (_req, res) => res.writeHead(302, { Location: 'https://elsewhere' }).end();
    const response = await forwardToGateway({ method: 'GET', path: '/x' }, options());
    expect([response.status, json(response).error.code]).toEqual([502, 'upstream_redirect']);
    expect(seen).toHaveLength(1);
  });

  it('redacts the key if the gateway echoes it', async () => {
    answer = (_req, res) => res.end('{"message":"bad key sk-secret-123 (Bearer sk-secret-123)","emoji":"✓"}');
    const response = await forwardToGateway({ method: 'GET', path: '/x' }, options());
    expect(Buffer.from(response.body).toString()).toBe('{"message":"bad key [redacted] (Bearer [redacted])","emoji":"✓"}');
  });

  it('answers 504 upstream_timeout when the gateway hangs, before the headers or in the body', async () => {
    answer = () => {};
    const silent = await forwardToGateway({ method: 'GET', path: '/x' }, options({ timeoutMs: 50 }));
    expect(silent.status).toBe(504);
    expect(json(silent)).toEqual({
      error: { message: 'The gateway did not answer in time', type: 'studio_proxy', code: 'upstream_timeout' },
    });
    answer = (_req, res) => res.writeHead(200, { 'Content-Type': 'application/json' }).write('{"sta');
    const halfway = await forwardToGateway({ method: 'GET', path: '/x' }, options({ timeoutMs: 50 }));
    expect([halfway.status, json(halfway).error.code]).toEqual([504, 'upstream_timeout']);
  });

  it('answers 502 upstream_unreachable when the gateway cuts its answer short', async () => {
    answer = (req, res) => {
      res.writeHead(200, { 'Content-Length': '100' }).write('{"status":');
      setTimeout(() => req.socket.destroy(), 5);
    };
    const response = await forwardToGateway({ method: 'GET', path: '/x' }, options());
    expect([response.status, json(response).error.code]).toEqual([502, 'upstream_unreachable']);
  });

  it('answers 502 upstream_unreachable when the connection fails', async () => {
    const response = await forwardToGateway(
      { method: 'GET', path: '/x' },
      { baseUrl: 'http://127.0.0.1:1', apiKey: 'sk-secret-123', timeoutMs: 2000 },
    );
    expect(response.status).toBe(502);
    expect(json(response).error.code).toBe('upstream_unreachable');
    expect(Buffer.from(response.body).toString()).toContain('ECONNREFUSED');
    expect(Buffer.from(response.body).toString()).not.toContain('sk-secret-123');
  });
});
