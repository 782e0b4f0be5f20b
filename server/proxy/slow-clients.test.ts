import { createServer, request as httpRequest, type ClientRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveServerEnv } from '../config/server-env.ts';
import { startSimulator, type RunningSimulator } from '../simulator/start-simulator.ts';
import { createApiMiddleware } from './api-middleware.ts';
import { createBodyBudget } from './body-budget.ts';
import { postJson, rawRequest } from '../testing/studio-test-server.ts';
import { createUpstream } from './upstream.ts';

// Clients that trickle bodies, or send many large ones at once, over real HTTP on
// loopback: they cannot lock a well-behaved client out, and the bytes held stay bounded.
// Every request here ends on its own (deadlines of a few hundred ms).

const KEY = 'sk-slow-clients-0123456789';
const BUDGET = 5 * 1024 * 1024;
const budget = createBodyBudget(BUDGET);
let sim: RunningSimulator;
let server: Server;
let port: number;

beforeAll(async () => {
  sim = await startSimulator({ port: 0, apiKey: KEY });
  const env = resolveServerEnv({ KLING_API_KEY: KEY, KLING_BASE_URL: sim.url });
  const handle = createApiMiddleware({
    upstream: createUpstream(env, () => {}),
    upstreamTimeoutMs: 5000,
    bodyTimeoutMs: 600,
    bodyBudget: budget,
    maxInFlight: 4,
    allowedHosts: [],
    logger: { info: () => {} },
  });
  server = createServer((req, res) => handle(req, res, () => res.writeHead(404).end()));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await sim?.close();
});

const createBody = (prompt: string) => JSON.stringify({ model: 'kling-v3', prompt, duration: 5 });

/** A create whose body arrives a few bytes at a time, for as long as the server listens. */
const trickle = () => {
  const answered = new Promise<number>((resolve) => {
    const req: ClientRequest = httpRequest(
      {
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: '/api/v1/video/generations',
        agent: false,
        headers: { 'Content-Type': 'application/json', 'Content-Length': '100000', Origin: `http://127.0.0.1:${port}` },
      },
      (res) => {
        clearInterval(drip);
        res.resume();
        resolve(res.statusCode ?? 0);
      },
    );
    req.on('error', () => resolve(-1));
    req.write('{"prompt":"');
    const drip = setInterval(() => req.write('x'), 50);
  });
  return answered;
};

describe('slow and heavy clients', () => {
  it('a client trickling bodies holds none of the slots another needs, and is cut off at the deadline', async () => {
    const tricklers = Array.from({ length: 8 }, trickle);
    await new Promise((resolve) => setTimeout(resolve, 150));
    // Eight trickling creates from this address, against four slots: polls and creates still go through.
    const poll = await rawRequest(port, 'GET', '/api/v1/video/generations/video_nope');
    expect(poll.status).not.toBe(429);
    const create = await postJson(port, '/api/v1/video/generations', JSON.parse(createBody('a well-behaved create')));
    expect(create.status, create.text).toBe(200);
    expect(await Promise.all(tricklers)).toEqual(Array(8).fill(408));
    expect(budget.held()).toBe(0);
  });

  it('holds no more than its budget when many large bodies arrive at once, and says so in plain words', async () => {
    const big = createBody('y'.repeat(2 * 1024 * 1024));
    const answers = await Promise.all(Array.from({ length: 6 }, () => postJson(port, '/api/v1/video/generations', JSON.parse(big))));
    const statuses = answers.map((answer) => answer.status);
    expect(statuses).toContain(503);
    const refused = answers.find((answer) => answer.status === 503)!;
    expect(refused.headers['retry-after']).toBe('2');
    expect(refused.text).toMatch(/more uploads at once than it can hold/);
    expect(budget.peak()).toBeLessThanOrEqual(BUDGET);
    expect(budget.held()).toBe(0);
    // Once they are done, a large body fits again.
    expect((await postJson(port, '/api/v1/video/generations', JSON.parse(big))).status).not.toBe(503);
  });
});
