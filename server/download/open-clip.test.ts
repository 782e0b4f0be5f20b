import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { buffer } from 'node:stream/consumers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guardedLookup } from '../gateway/clip-url-policy.ts';
import { ClipDeadline, openClip, type OpenClipOptions, type OpenClipResult } from './open-clip.ts';

// A local clip host with one behaviour per path. It is the trusted origin (as the gateway
// or simulator would be), so what is tested is what happens after the first request:
// redirects, statuses, sizes and time.

// Honest headers, then one byte every 50 ms: never idle for long, done only after 2 s.
const TRICKLE_BYTES = 40;
const trickle = (bytes: number) => (res: ServerResponse) => {
  res.writeHead(200, { 'Content-Type': 'video/mp4', 'Content-Length': String(bytes) });
  let sent = 0;
  const timer = setInterval(() => {
    res.write('x');
    if (++sent === bytes) {
      clearInterval(timer);
      res.end();
    }
  }, 50);
  res.once('close', () => clearInterval(timer));
};
// Three redirects 120 ms apart: each wait is short, all of them together are not.
const slowHop = (next: string) => (res: ServerResponse) => {
  const timer = setTimeout(() => res.writeHead(302, { Location: next }).end(), 120);
  res.once('close', () => clearTimeout(timer));
};

const routes: Record<string, (res: ServerResponse, origin: string) => void> = {
  '/trickle.mp4': trickle(TRICKLE_BYTES),
  '/stall.mp4': (res) => res.writeHead(200, { 'Content-Type': 'video/mp4', 'Content-Length': '10' }).write('x'),
  '/short-trickle.mp4': trickle(6),
  '/slow-hop-1': slowHop('/slow-hop-2'),
  '/slow-hop-2': slowHop('/slow-hop-3'),
  '/slow-hop-3': slowHop('/clip.mp4'),
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
  totalTimeoutMs: 2000,
  zipTimeoutMs: 2000,
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

  it('fails a clip that trickles past DOWNLOAD_TOTAL_TIMEOUT_MS mid-body, though it is never idle', async () => {
    const result = await openClip(`${origin}/trickle.mp4`, options({ timeoutMs: 1000, totalTimeoutMs: 300 }));
    if (!result.ok) throw new Error('expected the headers to arrive');
    expect(result.clip.length).toBe(TRICKLE_BYTES);
    let received = 0;
    result.clip.body.on('data', (chunk: Buffer) => (received += chunk.length));
    const error: unknown = await buffer(result.clip.body).then(
      () => null,
      (failure: unknown) => failure,
    );
    expect(error).toBeInstanceOf(ClipDeadline);
    expect((error as Error).message).toBe('The clip took longer than the studio allows (DOWNLOAD_TOTAL_TIMEOUT_MS = 300 ms)');
    expect(received).toBeGreaterThan(0);
    expect(received).toBeLessThan(TRICKLE_BYTES);
  });

  it('answers 504 naming DOWNLOAD_TOTAL_TIMEOUT_MS when the deadline passes before the headers', async () => {
    const hung = errorOf(await openClip(`${origin}/hang`, options({ timeoutMs: 5000, totalTimeoutMs: 150 })));
    expect(hung).toMatchObject({ status: 504, code: 'upstream_timeout' });
    expect(hung.message).toBe('The clip took longer than the studio allows (DOWNLOAD_TOTAL_TIMEOUT_MS = 150 ms)');
    // The deadline spans the redirects: three quick waits add up past it.
    const hops = errorOf(await openClip(`${origin}/slow-hop-1`, options({ timeoutMs: 1000, totalTimeoutMs: 250 })));
    expect([hops.status, hops.message]).toEqual([504, 'The clip took longer than the studio allows (DOWNLOAD_TOTAL_TIMEOUT_MS = 250 ms)']);
  });

  it('fails a clip that stalls mid-body past DOWNLOAD_TIMEOUT_MS, saying so', async () => {
    const result = await openClip(`${origin}/stall.mp4`, options({ timeoutMs: 100 }));
    if (!result.ok) throw new Error('expected the headers to arrive');
    await expect(buffer(result.clip.body)).rejects.toThrow('The clip host did not answer in time (DOWNLOAD_TIMEOUT_MS = 100 ms)');
  });

  it('lets a slow clip that finishes within the deadline through whole', async () => {
    const result = await openClip(`${origin}/short-trickle.mp4`, options({ timeoutMs: 1000, totalTimeoutMs: 2000 }));
    if (!result.ok) throw new Error('expected a clip');
    expect((await buffer(result.clip.body)).toString()).toBe('x'.repeat(6));
  });

  it('refuses a declared size over the cap, and cuts an undeclared one at the cap', async () => {
    const declared = errorOf(await openClip(`${origin}/clip.mp4`, options({ maxBytes: 3 })));
    expect([declared.code, declared.message]).toEqual([
      'bad_clip',
      'The clip is larger than the studio accepts (DOWNLOAD_MAX_BYTES = 3 bytes)',
    ]);
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
