import { describe, expect, it } from 'vitest';
import { credentialFingerprint } from '../simulator/request-log.ts';
import { errorCode, expectNoKey, GATEWAY_KEY, setUpGatewayStudio } from '../testing/gateway-studio-fixture.ts';
import { postJson, rawRequest } from '../testing/studio-test-server.ts';

// Gateway mode over HTTP: what goes through, what comes back, what is logged.

const { studio, simHost, simRequests, addFault } = setUpGatewayStudio();

describe('studio proxy, forwarding', () => {
  it('reports its mode and the gateway host only', async () => {
    const response = await rawRequest(studio().port, 'GET', '/api/health');
    expect(response.json()).toEqual({ mode: 'gateway', gateway: simHost() });
    expect(response.headers['cache-control']).toBe('no-store');
    expectNoKey(response);
    expect(studio().logs).toContain(`Kling Studio: gateway mode → ${simHost()}`);
  });

  it.each([
    ['unified', '/v1/video/generations', { model: 'kling-v3', prompt: 'a cat' }],
    ['kling', '/kling/v1/videos/text2video', { model_name: 'kling-v3', prompt: 'a cat' }],
  ])('creates and queries on the %s surface with its own key and nothing from the browser', async (_surface, path, body) => {
    const browser = {
      Authorization: 'Bearer evil',
      Cookie: 'session=1',
      'X-Forwarded-For': '203.0.113.9',
      Referer: `${studio().origin}/`,
    };
    const created = await postJson(studio().port, `/api${path}?debug=1`, body, browser);
    expect(created.status).toBe(200);
    expectNoKey(created);
    expect(created.headers['set-cookie']).toBeUndefined();
    expect(created.headers['access-control-allow-origin']).toBeUndefined();
    const task = created.json() as { id?: string; data?: { task_id: string } };
    const id = task.id ?? task.data?.task_id;

    const queried = await rawRequest(studio().port, 'GET', `/api${path}/${id}?token=x`, { headers: browser });
    expect(queried.status).toBe(200);
    expectNoKey(queried);

    const seen = await simRequests();
    expect(seen.map((r) => [r.method, r.path, r.query])).toEqual([
      ['POST', path, ''],
      ['GET', `${path}/${id}`, ''],
    ]);
    for (const { headers } of seen) {
      expect(headers.authorization).toBe(credentialFingerprint(GATEWAY_KEY));
      for (const name of ['cookie', 'origin', 'referer', 'x-forwarded-for']) expect(headers).not.toHaveProperty(name);
    }
  });

  it('passes an upstream 429 through with its Retry-After', async () => {
    await addFault({ on: 'query', fault: 'status', status: 429, retryAfter: 3 });
    const response = await rawRequest(studio().port, 'GET', '/api/v1/video/generations/video_123');
    expect(response.status).toBe(429);
    expect(response.headers['retry-after']).toBe('3');
    expect(response.headers['content-type']).toMatch(/json/);
  });

  it('passes a non-JSON answer through as it is, sandboxed', async () => {
    await addFault({ on: 'query', fault: 'malformed' });
    const response = await rawRequest(studio().port, 'GET', '/api/v1/video/generations/video_123');
    expect([response.status, response.headers['content-type'], response.text]).toEqual([200, 'text/html; charset=utf-8', '<html>oops']);
    expect(response.headers['content-security-policy']).toContain('sandbox');
  });

  it('answers 504 when the gateway hangs past PROXY_UPSTREAM_TIMEOUT_MS', async () => {
    await addFault({ on: 'query', fault: 'hang', ms: 3000 });
    const response = await rawRequest(studio().port, 'GET', '/api/v1/video/generations/video_123');
    expect(response.status).toBe(504);
    expect(response.json()).toEqual({
      error: { message: 'The gateway did not answer in time', type: 'studio_proxy', code: 'upstream_timeout' },
    });
  });

  it('answers 502 when the gateway drops the connection', async () => {
    await addFault({ on: 'query', fault: 'reset' });
    const response = await rawRequest(studio().port, 'GET', '/api/v1/video/generations/video_123');
    expect([response.status, errorCode(response)]).toEqual([502, 'upstream_unreachable']);
  });

  it('logs one line per request, without the key', async () => {
    await rawRequest(studio().port, 'GET', '/api/health?x=1');
    expect(studio().logs.at(-1)).toMatch(/^\[api\] GET \/api\/health 200 \d+ms$/);
    expect(studio().logs.join('\n')).not.toContain(GATEWAY_KEY);
  });

  it('leaves the rest of the site to Vite, and puts the key in none of it', async () => {
    const page = await rawRequest(studio().port, 'GET', '/', { headers: { Accept: 'text/html' } });
    expect(page.status).toBe(200);
    expectNoKey(page);
    const client = await rawRequest(studio().port, 'GET', '/@vite/env');
    expectNoKey(client);
  });
});
