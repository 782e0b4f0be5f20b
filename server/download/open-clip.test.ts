import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { buffer } from 'node:stream/consumers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guardedLookup } from './clip-url-policy.ts';
import { openClip, type OpenClipOptions, type OpenClipResult } from './open-clip.ts';

// A local clip host with one behaviour per path. It is the trusted origin (as the gateway
// or simulator would be), so what is tested is what happens after the first request:
// redirects, statuses, sizes and time.

const routes: Record<string, (res: ServerResponse, origin: string) => void> = {
  '/clip.mp4': (res) => res.writeHead(200, { 'Content-Type': 'video/mp4', 'Content-Length': '4' }).end('MP4!'),
  '/chunked.mp4': (res) => {
    res.writeHead(200, { 'Content-Type': 'video/mp4' });
    res.write('x'.repeat(600));
    res.end('x'.repeat(600));
  },
  '/page': (res) => res.writeHead(200, { 'Content-Type': 'text/html' }).end('<html>login</html>'),
  '/gone': (res) => res.writeHead(410).end(),
  '/forbidden': (res) => res.writeHead(403).end(),
  '/broken': (res) => res.writeHead(503).end(),
  '/hang': () => {},
  '/hop': (res) => res.writeHead(302, { Location: '/clip.mp4' }).end(),
  '/loop': (res) => res.writeHead(302, { Location: '/loop' }).end(),
  '/to-loopback': (res) => res.writeHead(307, { Location: 'http://localhost:1/x.mp4' }).end(),
  '/to-metadata': (res) => res.writeHead(301, { Location: 'http://169.254.169.254/latest/meta-data' }).end(),
  '/to-file': (res) => res.writeHead(302, { Location: 'file:///etc/passwd' }).end(),
};

let server: Server;
let origin: string;
let lastHeaders: Record<string, unknown> = {};

beforeAll(async () => {
  server = createServer((req, res) => {
    lastHeaders = req.headers;
    const route = routes[req.url ?? ''];
    if (route) route(res, origin);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

const options = (extra: Partial<OpenClipOptions> = {}): OpenClipOptions => ({
  maxBytes: 1000,
  timeoutMs: 300,
  policy: { trustedOrigin: origin },
  ...extra,
});

const errorOf = (result: OpenClipResult) => {
  if (result.ok) throw new Error('expected a failure');
  const { error } = JSON.parse(String(result.response.body)) as { error: { code: string; message: string } };
  return { status: result.response.status, ...error };
};

describe('openClip', () => {
  it('opens a clip with its length', async () => {
    const result = await openClip(`${origin}/clip.mp4`, options());
    if (!result.ok) throw new Error('expected a clip');
    expect(result.clip.length).toBe(4);
    expect((await buffer(result.clip.body)).toString()).toBe('MP4!');
    // The clip host gets a plain GET: no key, no cookie, nothing from the browser.
    expect(Object.keys(lastHeaders).sort()).toEqual(['accept', 'connection', 'host', 'user-agent']);
  });

  it('follows a redirect within the trusted origin', async () => {
    const result = await openClip(`${origin}/hop`, options());
    expect(result.ok).toBe(true);
  });

  it.each([
    ['/to-loopback', /After a redirect: .*localhost points to a loopback/],
    ['/to-metadata', /After a redirect: .*169\.254\.169\.254 points to a link-local/],
    ['/to-file', /After a redirect: .*uses file/],
    ['/loop', /redirected more than 3 times/],
    ['/page', /text\/html, not a video/],
  ])('refuses %s with 502 bad_clip', async (path, message) => {
    const error = errorOf(await openClip(`${origin}${path}`, options()));
    expect([error.status, error.code]).toEqual([502, 'bad_clip']);
    expect(error.message).toMatch(message);
  });

  it.each(['/gone', '/forbidden', '/nothing-here.mp4'])('calls %s expired (410)', async (path) => {
    expect(errorOf(await openClip(`${origin}${path}`, options()))).toMatchObject({ status: 410, code: 'clip_expired' });
  });

  it('answers 502 for a clip host in trouble and 504 for one that hangs', async () => {
    expect(errorOf(await openClip(`${origin}/broken`, options()))).toMatchObject({ status: 502, code: 'upstream_unreachable' });
    expect(errorOf(await openClip(`${origin}/hang`, options({ timeoutMs: 100 })))).toMatchObject({ status: 504, code: 'upstream_timeout' });
  });

  it('refuses a declared size over the cap, and cuts an undeclared one at the cap', async () => {
    const declared = errorOf(await openClip(`${origin}/clip.mp4`, options({ maxBytes: 3 })));
    expect([declared.code, declared.message]).toEqual(['bad_clip', 'The clip is larger than the studio accepts (DOWNLOAD_MAX_BYTES = 3 bytes)']);
    const streamed = await openClip(`${origin}/chunked.mp4`, options());
    if (!streamed.ok) throw new Error('expected the stream to start');
    await expect(buffer(streamed.clip.body)).rejects.toThrow(/DOWNLOAD_MAX_BYTES = 1000/);
  });

  it('refuses a clip URL that is not http(s), has credentials, or is a private literal', async () => {
    const policy = { trustedOrigin: null };
    for (const [url, message] of [
      ['ftp://cdn.example/x.mp4', /uses ftp/],
      ['https://user:pw@cdn.example/x.mp4', /user name or password/],
      ['http://10.0.0.7/x.mp4', /private network/],
      ['http://[fd00::1]/x.mp4', /unique-local network/],
      ['http://2130706433/x.mp4', /127\.0\.0\.1 points to a loopback/],
      [origin + '/clip.mp4', /loopback/],
    ] as const)
      expect(errorOf(await openClip(url, options({ policy }))).message).toMatch(message);
  });

  it('checks every address a name resolves to', async () => {
    const resolve = async () => [
      { address: '93.184.216.34', family: 4 },
      { address: '::ffff:192.168.0.10', family: 6 },
    ];
    const error = errorOf(await openClip('https://cdn.example/x.mp4', options({ policy: { trustedOrigin: null, resolve } })));
    expect(error.message).toMatch(/cdn\.example points to a private network address \(::ffff:192\.168\.0\.10\)/);
  });
});

describe('guardedLookup', () => {
  it('hands public addresses to the connection, in the shape it asked for', async () => {
    const lookup = guardedLookup({ trustedOrigin: null, resolve: async () => [{ address: '93.184.216.34', family: 4 }] });
    const all = await new Promise((resolve) => lookup('cdn.example', { all: true }, (_e, addresses) => resolve(addresses)));
    expect(all).toEqual([{ address: '93.184.216.34', family: 4 }]);
    const one = await new Promise((resolve) => lookup('cdn.example', {}, (_e, address, family) => resolve([address, family])));
    expect(one).toEqual(['93.184.216.34', 4]);
  });
});
