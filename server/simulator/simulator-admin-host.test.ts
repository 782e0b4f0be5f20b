import { request } from 'node:http';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { KEY, startTestSim, unifiedBody } from '../testing/simulator-test-client.ts';
import type { RunningSimulator } from './start-simulator.ts';

// /__sim needs no key, so the Host is what keeps a DNS-rebinding page out of it.

let sim: RunningSimulator;
beforeAll(async () => {
  sim = await startTestSim();
});
afterAll(() => sim.close());

// fetch will not send a Host of our choosing; node:http will.
const send = (method: string, path: string, host: string, headers: Record<string, string> = {}, body?: string) =>
  new Promise<{ status: number; json: unknown }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: sim.port, method, path, headers: { ...headers, Host: host } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, json: JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown }));
    });
    req.on('error', reject);
    req.end(body);
  });

// A fault let in by a broken check must not spill into the next test.
beforeEach(async () => {
  await send('POST', '/__sim/reset', `localhost:${sim.port}`);
});

const forbidden = { error: { message: 'This host is not allowed', type: 'invalid_request_error', code: 'forbidden_host' } };

describe('/__sim, Host check', () => {
  it.each(['evil.example', 'evil.example:80', 'localhost.evil.example'])('refuses GET /__sim/requests for Host %s', async (host) => {
    expect(await send('GET', '/__sim/requests', host)).toEqual({ status: 403, json: forbidden });
  });

  it.each(['localhost:PORT', '127.0.0.1:PORT', 'sim.localhost:PORT', '[::1]:PORT', '192.168.1.5'])(
    'answers GET /__sim/requests for Host %s',
    async (host) => {
      const answer = await send('GET', '/__sim/requests', host.replace('PORT', String(sim.port)));
      expect(answer.status).toBe(200);
      expect(answer.json).toHaveProperty('requests');
    },
  );

  it('refuses a state change from another host, which then does not happen', async () => {
    const fault = JSON.stringify({ on: 'any', fault: 'status', status: 500 });
    const refused = await send('POST', '/__sim/faults', 'evil.example', { 'Content-Type': 'application/json' }, fault);
    expect(refused.status).toBe(403);
    expect((await send('GET', '/__sim/faults', `localhost:${sim.port}`)).json).toEqual({ faults: [] });
  });

  it('leaves the gateway routes to the key: they answer any Host', async () => {
    const headers = { Authorization: `Bearer ${KEY}`, 'Content-Type': 'application/json' };
    const created = await send('POST', '/v1/video/generations', 'evil.example', headers, JSON.stringify(unifiedBody()));
    expect(created.status).toBe(200);
  });
});
