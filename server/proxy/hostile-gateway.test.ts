import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readZip, zipParam } from '../testing/studio-task-client.ts';
import { forwardToGateway } from '../gateway/forward-to-gateway.ts';
import { createGatewayAgents } from '../gateway/gateway-agents.ts';
import { postJson, rawRequest, startStudio, type Studio } from '../testing/studio-test-server.ts';
import { ECHOES, startHostileGateway, type HostileGateway } from '../testing/hostile-gateway.ts';
import { keyTraces } from '../testing/key-traces.ts';

// A gateway that echoes the key in every form (raw, `\/`, `\uXXXX`, `\"`, in headers,
// gzipped, inside a failed task's reason, in an HTML page): nothing the browser gets
// from the studio holds it, decoded or not. docs/style.md, "Security".

// A key with the characters that escape differently in JSON, URLs and HTML.
const KEY = 'sk-h0st/le"key\\&%41<b>-42';
const ECHO_NAMES = Object.keys(ECHOES);

let gateway: HostileGateway;
let studio: Studio;
beforeAll(async () => {
  gateway = await startHostileGateway();
  studio = await startStudio({ env: { KLING_API_KEY: KEY, KLING_BASE_URL: gateway.url } });
});
afterAll(async () => {
  await studio?.close();
  await gateway?.close();
});

const bytesOf = (response: { text: string }) => Buffer.from(response.text);

describe('a hostile gateway echoing the key', () => {
  it.each(ECHO_NAMES)('would hand it over as %s (the negative control)', async (echo) => {
    const answer = await fetch(`${gateway.url}/v1/video/generations/${echo}`, { headers: { Authorization: `Bearer ${KEY}` } });
    const bytes = Buffer.from(await answer.arrayBuffer());
    const headers = Object.fromEntries(answer.headers);
    expect(keyTraces(KEY, { headers, bytes }).length + (bytes.includes('invalid key sk-h0st') ? 1 : 0)).toBeGreaterThan(0);
  });

  it.each(ECHO_NAMES)('reaches the browser without the key, on a query: %s', async (echo) => {
    const response = await rawRequest(studio.port, 'GET', `/api/v1/video/generations/${echo}`);
    expect(keyTraces(KEY, { headers: response.headers, bytes: bytesOf(response) })).toEqual([]);
    expect(response.headers['content-encoding']).toBeUndefined();
  });

  it.each(ECHO_NAMES)('reaches the browser without the key, on a create: %s', async (echo) => {
    const response = await postJson(studio.port, '/api/v1/video/generations', { model: 'kling-v3', prompt: echo, duration: 5 });
    expect(keyTraces(KEY, { headers: response.headers, bytes: bytesOf(response) })).toEqual([]);
  });

  it('keeps the message around the key, wherever it can be cut out', async () => {
    for (const echo of ['json-escaped', 'php-slashes', 'unicode-escaped', 'gzipped-said', 'gzipped-unsaid']) {
      const response = await rawRequest(studio.port, 'GET', `/api/v1/video/generations/${echo}`);
      expect([echo, response.status, response.json()]).toEqual([echo, 401, { error: { message: 'invalid key [redacted]' } }]);
    }
    const inside = await rawRequest(studio.port, 'GET', '/api/v1/video/generations/kling-inside');
    expect((inside.json() as { error: { message: string } }).error.message).toBe(
      'fail_to_fetch_task: {"code":1000,"message":"Authorization [redacted] is invalid"}',
    );
  });

  it('passes Content-Type and Retry-After only in their own shapes, and no other header', async () => {
    const response = await rawRequest(studio.port, 'GET', '/api/v1/video/generations/in-headers');
    expect(response.status).toBe(429);
    expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(response.headers['retry-after']).toBeUndefined();
    expect(response.headers['x-echo']).toBeUndefined();
  });

  it('withholds a page or an encoding it cannot cut the key out of, and says why', async () => {
    for (const echo of ['html-page', 'url-encoded', 'raw', 'unknown-encoding']) {
      const response = await rawRequest(studio.port, 'GET', `/api/v1/video/generations/${echo}`);
      expect([echo, response.status]).toEqual([echo, 502]);
      expect((response.json() as { error: { message: string } }).error.message).toMatch(/repeated the studio's key|encoding \(zstd\)/);
    }
  });

  it('puts no key in a download refusal or in a zip', async () => {
    const one = await rawRequest(studio.port, 'GET', '/api/download/unified/text2video/failed-task-escaped');
    expect(one.status).toBe(409);
    expect((one.json() as { error: { message: string } }).error.message).toBe(
      'This task failed, so it has no clip: the key [redacted] is not allowed this model',
    );
    expect(keyTraces(KEY, { headers: one.headers, bytes: bytesOf(one) })).toEqual([]);

    const ids = ['failed-task', 'failed-task-escaped', 'kling-inside', 'gzipped-unsaid', 'html-page', 'in-headers'];
    const query = new URLSearchParams(ids.map((id) => zipParam({ surface: 'unified', kind: 'text2video', id }, 'std', id)));
    const zip = await fetch(`${studio.origin}/api/download/zip?${query}`);
    const bytes = Buffer.from(await zip.arrayBuffer());
    expect(keyTraces(KEY, { headers: Object.fromEntries(zip.headers), bytes })).toEqual([]);
    const missing = (await readZip(bytes)).get('MISSING.txt')!;
    expect(
      missing
        .toString()
        .split('\n')
        .filter((line) => line.startsWith('- ')),
    ).toHaveLength(ids.length);
    expect(keyTraces(KEY, { headers: {}, bytes: missing })).toEqual([]);
  });

  it('writes the key into no log line', () => {
    expect(studio.logs.length).toBeGreaterThan(0);
    expect(studio.logs.filter((line) => line.includes('sk-h0st'))).toEqual([]);
  });
});

// The key's rule (server-env.ts): printable ASCII, no spaces.
const keyChars = fc.constantFrom(...Array.from({ length: 0x7e - 0x21 + 1 }, (_, i) => String.fromCharCode(0x21 + i)));

describe('forwardToGateway against the hostile gateway (property)', () => {
  const agents = createGatewayAgents(4);
  afterAll(() => agents.destroy());

  it('hands back no trace of any key the rule allows, in any echo', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: keyChars, minLength: 8, maxLength: 48 }), fc.constantFrom(...ECHO_NAMES), async (key, echo) => {
        const answer = await forwardToGateway(
          { method: 'GET', path: `/v1/video/generations/${echo}` },
          { baseUrl: gateway.url, apiKey: key, timeoutMs: 5000, agents },
        );
        expect(keyTraces(key, { headers: answer.headers, bytes: Buffer.from(answer.body) })).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });
});
