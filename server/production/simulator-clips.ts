import { request, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import { pipeline } from 'node:stream/promises';
import type { UpstreamHandle } from '../proxy/upstream.ts';

// On its embedded simulator, npm start hands browsers the clips on its own origin
// (PUBLIC_ORIGINS' first, under /simulator/) rather than at the simulator's loopback port,
// which no other machine reaches. Only the simulator's clip files pass (GET and HEAD with
// Range, so players can seek, and CORS's OPTIONS); they are rendered test patterns, so
// they need no token, like a CDN's links. The server's own downloads fetch them from the
// simulator directly (api-routes.ts, simulatorClipUrl).

export const SIMULATOR_CLIPS_PREFIX = '/simulator';

const CLIP_TARGET = /^\/simulator(\/files\/[A-Za-z0-9_-]{1,64}\.mp4(?:\?[^#]*)?)$/;
const PASSED_UP = [
  'range',
  'if-range',
  'if-none-match',
  'if-modified-since',
  'origin',
  'access-control-request-method',
  'access-control-request-headers',
];
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'upgrade', 'proxy-connection']);

const pick = (headers: IncomingHttpHeaders, names: readonly string[]) =>
  Object.fromEntries(names.flatMap((name) => (headers[name] === undefined ? [] : [[name, headers[name]]])));

const unavailable = (res: ServerResponse) => {
  if (res.headersSent) return res.destroy();
  res.writeHead(502, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end('The simulator did not answer\n');
};

export const createSimulatorClips =
  (upstream: UpstreamHandle) =>
  (req: IncomingMessage, res: ServerResponse, next: () => void): void => {
    const target = CLIP_TARGET.exec(req.url ?? '')?.[1];
    const method = req.method ?? 'GET';
    if (upstream.mode !== 'simulator' || target === undefined || !['GET', 'HEAD', 'OPTIONS'].includes(method)) return next();
    upstream.ready().then(
      (simulator) => {
        const asked = request(`${simulator.baseUrl}${target}`, { method, headers: pick(req.headers, PASSED_UP) }, (answer) => {
          const headers = Object.fromEntries(Object.entries(answer.headers).filter(([name]) => !HOP_BY_HOP.has(name)));
          res.writeHead(answer.statusCode ?? 502, headers);
          pipeline(answer, res).catch(() => res.destroy());
        });
        asked.once('error', () => unavailable(res));
        res.once('close', () => asked.destroy());
        asked.end();
      },
      () => unavailable(res),
    );
  };
