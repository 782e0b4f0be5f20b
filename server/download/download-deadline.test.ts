import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStudio, type Studio } from '../testing/studio-test-server.ts';
import { downloadPath, errorOf, getBytes, readZip, zipParam } from '../testing/studio-task-client.ts';

// DOWNLOAD_TOTAL_TIMEOUT_MS through a real studio in gateway mode: a stand-in gateway
// on 127.0.0.1 answers every unified task as completed, with a clip on itself (its own
// origin is trusted, as the gateway's is), and the clip named `trickle` never goes quiet
// for long but would take 2 s in all.

const TOTAL_MS = 300;
const TRICKLE_BYTES = 40;
const DEADLINE = `The clip took longer than the studio allows (DOWNLOAD_TOTAL_TIMEOUT_MS = ${TOTAL_MS} ms)`;

const clips: Record<string, (res: ServerResponse) => void> = {
  fine: (res) => res.writeHead(200, { 'Content-Type': 'video/mp4', 'Content-Length': '4' }).end('MP4!'),
  trickle: (res) => {
    res.writeHead(200, { 'Content-Type': 'video/mp4', 'Content-Length': String(TRICKLE_BYTES) });
    let sent = 0;
    const timer = setInterval(() => {
      res.write('x');
      if (++sent === TRICKLE_BYTES) {
        clearInterval(timer);
        res.end();
      }
    }, 50);
    res.once('close', () => clearInterval(timer));
  },
  // Headers never come; the socket stays open.
  hang: () => {},
};

let gateway: Server;
let studio: Studio;

beforeAll(async () => {
  gateway = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://gateway');
    const task = /^\/v1\/video\/generations\/([\w-]+)$/.exec(url.pathname);
    const clip = /^\/clips\/([\w-]+)\.mp4$/.exec(url.pathname);
    if (task) {
      const id = task[1]!;
      const { port } = gateway.address() as AddressInfo;
      const body = {
        id,
        object: 'video',
        status: 'completed',
        progress: 100,
        metadata: { url: `http://127.0.0.1:${port}/clips/${id}.mp4` },
      };
      res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(body));
    } else if (clip && clips[clip[1]!]) clips[clip[1]!]!(res);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => gateway.listen(0, '127.0.0.1', resolve));
  const { port } = gateway.address() as AddressInfo;
  studio = await startStudio({
    env: {
      KLING_API_KEY: 'sk-deadline-test-key',
      KLING_BASE_URL: `http://127.0.0.1:${port}`,
      // Longer than the whole deadline: only the overall one can end these downloads early.
      DOWNLOAD_TIMEOUT_MS: '1000',
      DOWNLOAD_TOTAL_TIMEOUT_MS: String(TOTAL_MS),
    },
  });
});

afterAll(async () => {
  await studio?.close();
  gateway?.closeAllConnections();
  gateway?.close();
});

const ref = (id: string) => ({ surface: 'unified', kind: 'text2video', id }) as const;

describe('DOWNLOAD_TOTAL_TIMEOUT_MS on the download routes', () => {
  it('cuts a trickling clip short: Content-Length promised, fewer bytes sent, the download fails', async () => {
    const response = await fetch(`http://127.0.0.1:${studio.port}${downloadPath(ref('trickle'), { prompt: 'slow' })}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-length')).toBe(String(TRICKLE_BYTES));
    const reader = response.body!.getReader();
    let received = 0;
    const read = async () => {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return;
        received += value.byteLength;
      }
    };
    await expect(read()).rejects.toThrow();
    expect(received).toBeLessThan(TRICKLE_BYTES);
  });

  it('answers 504 upstream_timeout naming the variable when the clip host never sends its headers', async () => {
    const response = await getBytes(studio.port, downloadPath(ref('hang')));
    expect(response.status).toBe(504);
    expect(errorOf(response)).toEqual({ type: 'studio_proxy', code: 'upstream_timeout', message: DEADLINE });
  });

  it('names a trickling clip in a zip as incomplete in MISSING.txt and still delivers the next clip', async () => {
    const query = new URLSearchParams([zipParam(ref('trickle'), 'std', 'slow'), zipParam(ref('fine'), 'std', 'fine')]);
    const response = await getBytes(studio.port, `/api/download/zip?${query}`);
    expect(response.status).toBe(200);
    const entries = await readZip(response.bytes);
    expect([...entries.keys()]).toEqual(['slow-std-trickle.mp4', 'fine-std-fine.mp4', 'MISSING.txt']);
    expect(entries.get('slow-std-trickle.mp4')!.length).toBeLessThan(TRICKLE_BYTES);
    expect(entries.get('fine-std-fine.mp4')?.toString()).toBe('MP4!');
    expect(entries.get('MISSING.txt')?.toString()).toBe(
      `These clips could not be put in this zip:\n\n- slow-std-trickle.mp4: incomplete, the download stopped part-way (${DEADLINE})\n`,
    );
  });
});
