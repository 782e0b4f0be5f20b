import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DEFAULT_CACHE_DIR } from '../../server/simulator/start-simulator.ts';
import { createClipStore } from '../../server/simulator/clip/clip-store.ts';
import type { ClipSpec } from '../../server/simulator/clip/clip-spec.ts';

// A stand-in CDN for seeded histories: every /clips/<anything>.mp4 is one real clip
// from the simulator's renderer, served with byte ranges as a CDN would.

export const clipFile = async (spec: ClipSpec): Promise<string> => {
  const store = createClipStore({ dir: DEFAULT_CACHE_DIR, pool: { size: 1 } });
  try {
    return (await store.getClip(spec)).file;
  } finally {
    await store.close();
  }
};

export const startClipServer = async (file: string) => {
  const { size } = await stat(file);
  const server = createServer((req, res) => {
    if (!req.url?.startsWith('/clips/')) {
      res.writeHead(404).end();
      return;
    }
    const range = /^bytes=(\d*)-(\d*)$/.exec(req.headers.range ?? '');
    const start = range?.[1] ? Number(range[1]) : 0;
    const end = range?.[2] ? Math.min(Number(range[2]), size - 1) : size - 1;
    const headers = {
      'Content-Type': 'video/mp4',
      'Accept-Ranges': 'bytes',
      'Cache-Control': 'public, max-age=3600',
      'Access-Control-Allow-Origin': '*',
    };
    if (range && start >= size) {
      res.writeHead(416, { 'Content-Range': `bytes */${size}` }).end();
      return;
    }
    res.writeHead(range ? 206 : 200, {
      ...headers,
      'Content-Length': end - start + 1,
      ...(range ? { 'Content-Range': `bytes ${start}-${end}/${size}` } : {}),
    });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file, { start, end }).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/clips`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
};
