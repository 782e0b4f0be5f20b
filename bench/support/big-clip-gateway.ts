import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

// A stand-in gateway whose every task has finished with one big clip: the unified query
// (`GET /v1/video/generations/{id}`, docs/gateway-contract.md; the shape of the
// simulator's `unifiedTask` in server/simulator/format-responses.ts) answers `completed`
// with `metadata.url` on this server's own origin, which the studio trusts for clips as
// it trusts the gateway (server/gateway/clip-url-policy.ts), and `/clips/{id}.mp4` sends
// `bytes` bytes as video/mp4 with a Content-Length, written as the socket drains. The
// simulator renders clips of a few hundred KB; a download bench needs tens of MB.
// Loopback only; the bytes come from one 1 MiB buffer, so this process holds no clip.

export type BigClipGateway = {
  url: string;
  clipUrl(id: string): string;
  /** Bytes handed to the socket of the latest clip response so far: how far a reader downstream has pulled. */
  clipBytesSent(): number;
  close(): Promise<void>;
};

const CHUNK = 1024 * 1024;

export const startBigClipGateway = async (apiKey: string, bytes: number): Promise<BigClipGateway> => {
  const chunk = Buffer.alloc(CHUNK);
  // Something an mp4 reader would recognise at the start (an ftyp box), then a pattern.
  for (let i = 0; i < CHUNK; i += 1) chunk[i] = (i * 131 + 7) & 0xff;
  Buffer.from([0, 0, 0, 0x18, 0x66, 0x74, 0x79, 0x70, 0x69, 0x73, 0x6f, 0x6d]).copy(chunk);
  let origin = '';
  let latestSent = 0;

  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    const clip = /^\/clips\/([A-Za-z0-9_-]+)\.mp4$/.exec(path);
    if (clip && (req.method === 'GET' || req.method === 'HEAD')) {
      res.writeHead(200, {
        'Content-Type': 'video/mp4',
        'Content-Length': String(bytes),
        'Accept-Ranges': 'bytes',
        'Cache-Control': 'no-store',
      });
      if (req.method === 'HEAD') return void res.end();
      let sent = 0;
      latestSent = 0;
      const pump = () => {
        while (sent < bytes) {
          const size = Math.min(CHUNK, bytes - sent);
          sent += size;
          latestSent = sent;
          if (!res.write(size === CHUNK ? chunk : chunk.subarray(0, size))) return void res.once('drain', pump);
        }
        res.end();
      };
      res.on('close', () => (sent = bytes));
      return pump();
    }
    const query = /^\/v1\/video\/generations\/([A-Za-z0-9_-]+)$/.exec(path);
    if (query && req.method === 'GET') {
      if (req.headers.authorization !== `Bearer ${apiKey}`) {
        res.writeHead(401, { 'Content-Type': 'application/json' });
        return void res.end(
          JSON.stringify({ error: { message: 'invalid api key', type: 'authentication_error', code: 'invalid_api_key' } }),
        );
      }
      const id = query[1]!;
      const at = Math.floor(Date.now() / 1000);
      res.writeHead(200, { 'Content-Type': 'application/json' });
      return void res.end(
        JSON.stringify({
          id,
          task_id: id,
          object: 'video',
          model: 'kling-v3',
          status: 'completed',
          progress: 100,
          seconds: '10',
          created_at: at - 60,
          completed_at: at,
          metadata: { url: `${origin}/clips/${id}.mp4` },
        }),
      );
    }
    res.writeHead(404, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify({ error: { message: 'task not found', code: 'task_not_exist' } }));
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: origin,
    clipUrl: (id) => `${origin}/clips/${id}.mp4`,
    clipBytesSent: () => latestSent,
    close: () =>
      new Promise((closed) => {
        server.closeAllConnections();
        server.close(() => closed());
      }),
  };
};
