import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { credentialFingerprint } from '../simulator/request-log.ts';
import { startSimulator, type RunningSimulator } from '../simulator/start-simulator.ts';
import { setUpGatewayStudio } from '../testing/gateway-studio-fixture.ts';
import { rawRequest, startStudio, type Studio } from '../testing/studio-test-server.ts';
import { createVia, downloadPath, errorOf, getBytes, settleVia, zipParam } from '../testing/studio-task-client.ts';

// Gateway mode: what the download routes refuse, and the SSRF rules for clip addresses.

const { studio, simRequests } = setUpGatewayStudio();
const unknown = { surface: 'unified', kind: 'text2video', id: 'video_does_not_exist' } as const;

describe('download routes, refusals', () => {
  it.each([
    ['unified', unknown],
    ['kling', { surface: 'kling', kind: 'image2video', id: '123456789' }],
  ] as const)('answers 404 not_found for a task the gateway does not know (%s)', async (_surface, ref) => {
    const response = await rawRequest(studio().port, 'GET', downloadPath(ref));
    expect([response.status, errorOf(response).code, errorOf(response).type]).toEqual([404, 'not_found', 'studio_proxy']);
    expect(errorOf(response).message).toMatch(/does not know this task/);
  });

  it('answers 409 not_ready for a task still queued, and asks the gateway with the key only', async () => {
    const ref = await createVia(studio().port, 'unified', 'text2video', 'patience');
    const response = await rawRequest(studio().port, 'GET', downloadPath(ref, { prompt: 'patience' }), {
      headers: { Cookie: 'session=1', Authorization: 'Bearer evil' },
    });
    expect([response.status, errorOf(response).code]).toEqual([409, 'not_ready']);
    expect(errorOf(response).message).toMatch(/not finished yet.*queued/);
    const lookups = (await simRequests()).filter((r) => r.method === 'GET');
    expect(lookups.map((r) => r.path)).toEqual([`/v1/video/generations/${ref.id}`]);
    expect(lookups[0]?.headers).not.toHaveProperty('cookie');
    expect(lookups[0]?.headers.authorization).not.toBe(credentialFingerprint('evil'));
  });

  it.each([
    ['/api/download/unified/text2video/..%2F..%2Fetc', 404],
    ['/api/download/other/text2video/abc', 404],
    ['/api/download/unified/text2video/abc/extra', 404],
    [`/api/download/unified/text2video/${'a'.repeat(129)}`, 404],
    ['/api/download', 404],
    ['/api/download/unified/text2video/abc?mode=ultra', 400],
    [`/api/download/unified/text2video/abc?prompt=${'x'.repeat(2501)}`, 400],
    ['/api/download/zip', 400],
    [`/api/download/zip?${Array.from({ length: 51 }, () => 't=unified:text2video:a:std:x').join('&')}`, 400],
    ['/api/download/zip?t=unified:text2video:a/../b:std:x', 400],
    ['/api/download/zip?t=http://127.0.0.1/x.mp4', 400],
  ])('refuses GET %s with %i before asking the gateway', async (path, status) => {
    const response = await rawRequest(studio().port, 'GET', path);
    expect(response.status).toBe(status);
    expect(errorOf(response).code).toBe(status === 404 ? 'not_found' : 'invalid_request');
    expect(await simRequests()).toEqual([]);
  });

  it('names the field and the limit in every 400', async () => {
    const many = await rawRequest(
      studio().port,
      'GET',
      `/api/download/zip?${Array.from({ length: 51 }, () => 't=unified:text2video:a:std:x').join('&')}`,
    );
    expect(errorOf(many).message).toBe('t must be given 1 to 50 times (it was given 51 times)');
    const mode = await rawRequest(studio().port, 'GET', '/api/download/zip?t=unified:text2video:abc:ultra:x');
    expect(errorOf(mode).message).toBe('t[0].mode must be std or pro');
    const prompt = await rawRequest(studio().port, 'GET', `/api/download/unified/text2video/abc?prompt=${'x'.repeat(2501)}`);
    expect(errorOf(prompt).message).toBe('prompt must be at most 2500 characters (it has 2501)');
  });

  it('answers 405 for anything but GET', async () => {
    const response = await rawRequest(studio().port, 'POST', downloadPath(unknown), { headers: { Origin: studio().origin } });
    expect([response.status, response.headers.allow]).toEqual([405, 'GET']);
  });
});

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

describe('download routes, clip addresses on private networks (gateway mode)', () => {
  // A gateway whose clip URLs point at this machine under another name: `localhost`
  // (refused after resolving it) and an IPv4-mapped IPv6 literal.
  const sims: RunningSimulator[] = [];
  const studios: Studio[] = [];
  const start = async (publicHost: string) => {
    const port = await freePort();
    const sim = await startSimulator({ port, apiKey: 'sk-ssrf', timeScale: 0.004, publicUrl: `http://${publicHost}:${port}` });
    sims.push(sim);
    const gateway = await startStudio({ env: { KLING_API_KEY: 'sk-ssrf', KLING_BASE_URL: sim.url } });
    studios.push(gateway);
    return gateway;
  };
  let byName: Studio;
  let byMappedAddress: Studio;
  beforeAll(async () => {
    [byName, byMappedAddress] = await Promise.all([start('localhost'), start('[::ffff:127.0.0.1]')]);
  });
  afterAll(async () => {
    await Promise.all(studios.map((s) => s.close()));
    await Promise.all(sims.map((s) => s.close()));
  });

  it.each([
    ['a name that resolves to loopback', () => byName, /localhost points to a loopback network address/],
    ['an IPv4-mapped IPv6 loopback literal', () => byMappedAddress, /\[::ffff:7f00:1\] points to a loopback network address/],
  ])('refuses %s with 502 bad_clip, alone and in a zip', async (_what, gateway, message) => {
    const { port } = gateway();
    const ref = await createVia(port, 'unified', 'text2video', 'a lighthouse');
    const task = await settleVia(port, ref);
    expect(task.status).toBe('succeeded');
    const response = await getBytes(port, downloadPath(ref));
    expect([response.status, errorOf(response).code]).toEqual([502, 'bad_clip']);
    expect(errorOf(response).message).toMatch(message);

    const zip = await getBytes(port, `/api/download/zip?${new URLSearchParams([zipParam(ref, 'std', 'a lighthouse')])}`);
    expect(zip.status).toBe(200);
    expect(zip.text).toMatch(message);
  });
});
