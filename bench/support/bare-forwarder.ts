import { Agent, createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';

// The floor for any forwarding proxy on this machine: the fewest steps a hop can take
// (node:http in, node:http on a keep-alive pool out, the answer buffered and passed on),
// with no checks, limits, redaction or logging. bench/proxy-load.ts measures it beside
// the studio's proxy, so the table shows what the extra hop costs by itself and what
// the studio adds on top.

export type BareForwarder = { url: string; close: () => Promise<void> };

export const startBareForwarder = async (target: string, apiKey: string): Promise<BareForwarder> => {
  const upstream = new URL(target);
  const agent = new Agent({ keepAlive: true, maxSockets: 32 });
  const server = createServer((req, res) => {
    const fail = () => {
      if (!res.headersSent) res.writeHead(502);
      res.end();
    };
    const forwarded = request(
      {
        hostname: upstream.hostname,
        port: upstream.port,
        path: (req.url ?? '/').replace(/^\/api/, ''),
        method: 'GET',
        headers: { Authorization: `Bearer ${apiKey}` },
        agent,
      },
      (answer) => {
        const chunks: Buffer[] = [];
        answer.on('error', fail);
        answer.on('data', (chunk: Buffer) => chunks.push(chunk));
        answer.on('end', () => {
          res.writeHead(answer.statusCode ?? 502, { 'Content-Type': answer.headers['content-type'] ?? 'application/json' });
          res.end(Buffer.concat(chunks));
        });
      },
    );
    forwarded.on('error', fail);
    forwarded.end();
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise((closed) => {
        agent.destroy();
        server.closeAllConnections();
        server.close(() => closed());
      }),
  };
};
