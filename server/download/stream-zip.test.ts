import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { proxyError } from '../gateway/proxy-response.ts';
import type { ClipRequest } from './download-request.ts';
import { getBytes, readZip } from '../testing/studio-task-client.ts';
import type { OpenClipResult } from './open-clip.ts';
import { streamZip } from './stream-zip.ts';

// The zip writer on its own, fed clips that misbehave in ways a real host rarely does on cue.

const request = (id: string, prompt: string): ClipRequest => ({ ref: { surface: 'unified', kind: 'text2video', id }, mode: 'std', prompt });

const serveZip = async (
  requests: ClipRequest[],
  open: (r: ClipRequest) => Promise<OpenClipResult>,
  secrets: string[] = [],
  deadline?: AbortSignal,
) => {
  const server = createServer((_req, res) => {
    const aborted = new AbortController();
    res.once('close', () => aborted.abort());
    void (streamZip(requests, open, aborted.signal, secrets, deadline) as { stream: (r: typeof res) => Promise<void> }).stream(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { port: (server.address() as AddressInfo).port, close: () => server.close() };
};

describe('streamZip', () => {
  it('closes a clip cut off part-way, keeps the zip readable, and says so in MISSING.txt', async () => {
    const good = Buffer.alloc(70_000, 7);
    const open = async (r: ClipRequest): Promise<OpenClipResult> => {
      if (r.ref.id === 'expired') return { ok: false, response: proxyError(410, 'clip_expired', 'this one has expired') };
      if (r.ref.id === 'good') return { ok: true, clip: { body: Readable.from([good]), length: good.length } };
      const cut = new PassThrough();
      cut.write(Buffer.alloc(1000, 1));
      setTimeout(() => cut.destroy(new Error('connection reset')), 20);
      return { ok: true, clip: { body: cut, length: null } };
    };
    const server = await serveZip([request('cut', 'cut short'), request('expired', 'old'), request('good', 'fine')], open);
    const response = await getBytes(server.port, '/');
    server.close();
    const entries = await readZip(response.bytes);
    expect([...entries.keys()]).toEqual(['cut-short-std-cut.mp4', 'fine-std-good.mp4', 'MISSING.txt']);
    expect(entries.get('cut-short-std-cut.mp4')?.length).toBe(1000);
    expect(entries.get('fine-std-good.mp4')?.equals(good)).toBe(true);
    expect(entries.get('MISSING.txt')?.toString()).toBe(
      'These clips could not be put in this zip:\n\n' +
        '- cut-short-std-cut.mp4: incomplete, the download stopped part-way (connection reset)\n' +
        '- old-std-expired.mp4: this one has expired\n',
    );
  });

  it('past its deadline, cuts the clip in progress, names the rest in MISSING.txt, and ends readable', async () => {
    const late = new AbortController();
    const good = Buffer.alloc(50_000, 3);
    let opened = 0;
    const open = async (r: ClipRequest): Promise<OpenClipResult> => {
      opened += 1;
      if (r.ref.id === 'first') return { ok: true, clip: { body: Readable.from([good]), length: good.length } };
      // The second trickles; the deadline passes while it is being fetched.
      const slow = new PassThrough();
      slow.write(Buffer.alloc(1000, 1));
      setTimeout(() => late.abort(), 30);
      return { ok: true, clip: { body: slow, length: null } };
    };
    const requests = [request('first', 'first'), request('slow', 'slow'), request('third', 'third')];
    const server = await serveZip(requests, open, [], late.signal);
    const response = await getBytes(server.port, '/');
    server.close();
    const entries = await readZip(response.bytes);
    expect([...entries.keys()]).toEqual(['first-std-first.mp4', 'slow-std-slow.mp4', 'MISSING.txt']);
    expect(entries.get('first-std-first.mp4')?.equals(good)).toBe(true);
    const missing = entries.get('MISSING.txt')!.toString();
    expect(missing).toContain('slow-std-slow.mp4: incomplete, the download stopped part-way (the zip passed its time limit)');
    expect(missing).toContain('third-std-third.mp4: not fetched, the zip passed its time limit (DOWNLOAD_ZIP_TIMEOUT_MS)');
    expect(opened).toBe(2);
  });

  it('stops fetching once the browser goes away', async () => {
    const opened: string[] = [];
    const open = async (r: ClipRequest): Promise<OpenClipResult> => {
      opened.push(r.ref.id);
      // Endless clips: only the browser leaving can end this zip.
      const endless = new Readable({
        read() {
          this.push(Buffer.alloc(16_384));
        },
      });
      return { ok: true, clip: { body: endless, length: null } };
    };
    const server = await serveZip([request('a', 'a'), request('b', 'b'), request('c', 'c')], open);
    const aborter = new AbortController();
    const response = await fetch(`http://127.0.0.1:${server.port}/`, { signal: aborter.signal });
    const reader = response.body!.getReader();
    await reader.read();
    aborter.abort();
    await new Promise((resolve) => setTimeout(resolve, 100));
    server.close();
    expect(opened).toEqual(['a']);
  });

  it('writes no secret into MISSING.txt, whatever a reason says', async () => {
    const key = 'sk-zip/"key"-42';
    const reasons = [`bad key ${key}`, `escaped ${JSON.stringify(key)}`, `slashed ${key.replaceAll('/', '\\/')}`];
    const open = async (r: ClipRequest): Promise<OpenClipResult> => ({
      ok: false,
      response: proxyError(502, 'upstream_error', reasons[Number(r.ref.id)]!),
    });
    const server = await serveZip([request('0', 'a'), request('1', 'b'), request('2', 'c')], open, [key]);
    const response = await getBytes(server.port, '/');
    server.close();
    const missing = (await readZip(response.bytes)).get('MISSING.txt')!.toString();
    expect(missing).toMatch(/a-std-0\.mp4: bad key \[redacted\]/);
    expect(missing.split('\n').filter((line) => line.includes('[redacted]'))).toHaveLength(3);
    expect(missing).not.toContain('sk-zip');
  });
});
