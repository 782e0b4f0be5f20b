import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRequestLog, credentialFingerprint } from './request-log.ts';
import { call, klingBody, lastLogged, startTestSim } from '../testing/simulator-test-client.ts';
import type { RunningSimulator } from './start-simulator.ts';

// The log is readable without a key (GET /__sim/requests): no credential may sit there in clear.

const KEY = 'sk-live-0123456789abcdef';
const hash16 = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 16);

const loggedHeaders = (headers: Record<string, string>) =>
  createRequestLog().record({ method: 'POST', path: '/v1/video/generations', query: '', headers, body: null, at: 0 }).headers;

describe('request log, credentials', () => {
  it('stores Authorization and Proxy-Authorization as a fingerprint, keeping the scheme word as sent', () => {
    expect(credentialFingerprint(KEY)).toBe(`Bearer sha256:${hash16(KEY)}`);
    const headers = loggedHeaders({ authorization: `Bearer ${KEY}`, 'proxy-authorization': `basic ${KEY}` });
    expect(headers).toEqual({ authorization: credentialFingerprint(KEY), 'proxy-authorization': `basic sha256:${hash16(KEY)}` });
  });

  it('fingerprints a value with no scheme word whole', () => {
    expect(loggedHeaders({ authorization: KEY }).authorization).toBe(`sha256:${hash16(KEY)}`);
  });

  it('redacts cookie, x-studio-token, x-api-key and api-key, and keeps other headers', () => {
    const headers = loggedHeaders({ cookie: `token=${KEY}`, 'x-studio-token': KEY, 'x-api-key': KEY, 'api-key': KEY, 'x-trace': 'abc' });
    expect(headers).toEqual({
      cookie: '[redacted]',
      'x-studio-token': '[redacted]',
      'x-api-key': '[redacted]',
      'api-key': '[redacted]',
      'x-trace': 'abc',
    });
  });
});

describe('GET /__sim/requests, credentials', () => {
  let sim: RunningSimulator;
  beforeAll(async () => {
    sim = await startTestSim({ apiKey: KEY });
  });
  afterAll(() => sim.close());

  it('serves no clear key for a request sent with one, only its fingerprint', async () => {
    const sent = await call(sim, 'POST', '/kling/v1/videos/text2video', {
      body: klingBody(),
      key: KEY,
      headers: { Cookie: `session=${KEY}`, 'X-Studio-Token': KEY },
    });
    expect(sent.status, sent.text).toBe(200);
    const served = (await call(sim, 'GET', '/__sim/requests', { key: null })).text;
    expect(served).not.toContain(KEY);
    expect(served).toContain(credentialFingerprint(KEY));
    expect((await lastLogged(sim)).headers).toMatchObject({ cookie: '[redacted]', 'x-studio-token': '[redacted]' });
  });
});
