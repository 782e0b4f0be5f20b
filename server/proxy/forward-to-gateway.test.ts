import { describe, expect, it } from 'vitest';
import { forwardToGateway, type ForwardOptions } from './forward-to-gateway.ts';

// Response shapes the simulator cannot produce (redirects, oversized or key-echoing
// bodies, Set-Cookie): a stubbed fetch feeds them to the forwarder directly.
const calls: { url: string; init: RequestInit }[] = [];
const answering =
  (make: () => Response | Promise<Response>): typeof fetch =>
  async (url, init) => {
    calls.push({ url: String(url), init: init ?? {} });
    return make();
  };

const options = (send: typeof fetch, extra: Partial<ForwardOptions> = {}): ForwardOptions => ({
  baseUrl: 'https://gw.example.com/base',
  apiKey: 'sk-secret-123',
  timeoutMs: 1000,
  fetch: send,
  ...extra,
});

const json = (response: { body: string | Uint8Array }) => JSON.parse(Buffer.from(response.body).toString()) as {
  error: { code: string };
};

describe('forwardToGateway', () => {
  it('sends only its own headers and passes back status, Content-Type, Retry-After and body', async () => {
    calls.length = 0;
    const send = answering(
      () =>
        new Response('{"status":"queued"}', {
          status: 429,
          headers: { 'Content-Type': 'application/json', 'Retry-After': '3', 'Set-Cookie': 'a=b', Server: 'gw' },
        }),
    );
    const response = await forwardToGateway({ method: 'POST', path: '/v1/video/generations', body: '{"a":1}' }, options(send));
    expect(calls[0]?.url).toBe('https://gw.example.com/base/v1/video/generations');
    expect(calls[0]?.init.headers).toEqual({
      Authorization: 'Bearer sk-secret-123',
      Accept: 'application/json',
      'Content-Type': 'application/json',
    });
    expect(calls[0]?.init.redirect).toBe('manual');
    expect(response).toEqual({
      status: 429,
      headers: { 'Content-Type': 'application/json', 'Retry-After': '3' },
      body: Buffer.from('{"status":"queued"}'),
    });
  });

  it('sends no Content-Type without a body', async () => {
    calls.length = 0;
    await forwardToGateway({ method: 'GET', path: '/x' }, options(answering(() => new Response('{}'))));
    expect(calls[0]?.init.headers).not.toHaveProperty('Content-Type');
  });

  it('answers 502 upstream_too_large beyond the cap', async () => {
    const big = answering(() => new Response('x'.repeat(100)));
    const response = await forwardToGateway({ method: 'GET', path: '/x' }, options(big, { maxResponseBytes: 50 }));
    expect(response.status).toBe(502);
    expect(json(response).error.code).toBe('upstream_too_large');
  });

  it('refuses to follow a redirect', async () => {
    const redirect = answering(() => new Response(null, { status: 302, headers: { Location: 'https://elsewhere' } }));
    const response = await forwardToGateway({ method: 'GET', path: '/x' }, options(redirect));
    expect([response.status, json(response).error.code]).toEqual([502, 'upstream_redirect']);
  });

  it('redacts the key if the gateway echoes it', async () => {
    const echo = answering(() => new Response('{"message":"bad key sk-secret-123 (Bearer sk-secret-123)","emoji":"✓"}'));
    const response = await forwardToGateway({ method: 'GET', path: '/x' }, options(echo));
    expect(Buffer.from(response.body).toString()).toBe('{"message":"bad key [redacted] (Bearer [redacted])","emoji":"✓"}');
  });

  it('answers 504 upstream_timeout when the gateway hangs', async () => {
    const hang: typeof fetch = (_url, init) =>
      new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal?.reason)));
    const response = await forwardToGateway({ method: 'GET', path: '/x' }, options(hang, { timeoutMs: 50 }));
    expect(response.status).toBe(504);
    expect(json(response)).toEqual({
      error: { message: 'The gateway did not answer in time', type: 'studio_proxy', code: 'upstream_timeout' },
    });
  });

  it('answers 502 upstream_unreachable when the connection fails', async () => {
    const response = await forwardToGateway(
      { method: 'GET', path: '/x' },
      { baseUrl: 'http://127.0.0.1:1', apiKey: 'sk-secret-123', timeoutMs: 2000 },
    );
    expect(response.status).toBe(502);
    expect(json(response).error.code).toBe('upstream_unreachable');
    expect(Buffer.from(response.body).toString()).not.toContain('sk-secret-123');
  });
});
