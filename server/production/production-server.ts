import { existsSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { assertAccessToken, exposedWithoutTokenMessage, hostReach, needsAccessToken } from '../config/exposure.ts';
import type { ServerEnv } from '../config/server-env.ts';
import { API_PREFIX, createApiMiddleware } from '../proxy/api-middleware.ts';
import { createForwardedReader } from '../proxy/forwarded.ts';
import { createGatewayAgents } from '../gateway/gateway-agents.ts';
import { createTokenLanding } from '../proxy/studio-token.ts';
import { createUpstream } from '../proxy/upstream.ts';
import { logRequest, type WriteLog } from './access-log.ts';
import type { ProductionEnv } from './production-env.ts';
import { createSimulatorClips, SIMULATOR_CLIPS_PREFIX } from './simulator-clips.ts';
import { createStaticSite } from './static-site.ts';

// `npm start`: the built studio and its /api, with no Vite at run time. The same policy
// as the dev plugin (studio-plugin.ts), from the same code; what differs is only what a
// deployment needs: a trusted reverse proxy's word (forwarded.ts), JSON logs, and a
// graceful shutdown. Nothing here is shared between copies (docs/deployment.md).

export type ProductionServer = { url: string; port: number; close(): Promise<void> };

export type ProductionOptions = { env: ServerEnv; production: ProductionEnv; distDir: string; log: WriteLog };

const notFound = (res: ServerResponse) => {
  res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' });
  res.end('Not found\n');
};

// The embedded simulator's clip URLs name the public origin, where simulator-clips.ts serves them.
const withSimulatorClips = (env: ServerEnv, publicOrigin: string | undefined): ServerEnv =>
  env.mode === 'simulator' && publicOrigin !== undefined && env.simPublicUrl === undefined
    ? { ...env, simPublicUrl: `${publicOrigin}${SIMULATOR_CLIPS_PREFIX}` }
    : env;

export const startProductionServer = async ({ env: givenEnv, production, distDir, log }: ProductionOptions): Promise<ProductionServer> => {
  const env = withSimulatorClips(givenEnv, production.publicOrigins[0]);
  assertAccessToken(env, production.host, 'HOST');
  if (!existsSync(join(distDir, 'index.html')))
    throw new Error(`Kling Studio cannot start: ${distDir} holds no built studio. Run \`npm run build\` first.`);
  const upstream = createUpstream(env, (message) => log({ level: 'info', event: 'upstream', message }));
  const agents = createGatewayAgents();
  let draining = false;
  const api = createApiMiddleware({
    upstream,
    agents,
    // Loopback names and IP literals always; beyond them, the public origins' host names.
    allowedHosts: production.publicOrigins.map((origin) => new URL(origin).hostname),
    upstreamTimeoutMs: env.upstreamTimeoutMs,
    bodyTimeoutMs: env.bodyTimeoutMs,
    // The access log below is the one line per request.
    logger: { info: () => {} },
    studioToken: env.studioToken,
    maxInFlight: env.maxInFlight,
    download: {
      maxBytes: env.downloadMaxBytes,
      timeoutMs: env.downloadTimeoutMs,
      totalTimeoutMs: env.downloadTotalTimeoutMs,
      zipTimeoutMs: env.downloadZipTimeoutMs,
    },
  });
  const landing = createTokenLanding(env.studioToken, API_PREFIX);
  const site = createStaticSite(distDir);
  const simulatorClips = createSimulatorClips(upstream);
  const readForwarded = createForwardedReader(production.trustedProxies);

  let inFlight = 0;
  let idle: (() => void) | null = null;
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    readForwarded(req);
    logRequest(req, res, log);
    inFlight += 1;
    res.once('close', () => {
      inFlight -= 1;
      if (inFlight === 0) idle?.();
    });
    // Draining: answered in full, then the connection closes, so the client's next request
    // (a poll, through the balancer) reaches another copy.
    if (draining) res.setHeader('Connection', 'close');
    void api(req, res, () => landing(req, res, () => simulatorClips(req, res, () => site(req, res, () => notFound(res)))));
  });
  server.on('clientError', (_error, socket) => socket.destroy());

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(production.port, production.host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  // A host name is only settled by the address it resolved to (as studio-plugin.ts does).
  if (needsAccessToken(env) && hostReach(address.address) === 'exposed') {
    server.close();
    throw new Error(exposedWithoutTokenMessage(`listening on ${address.address}`));
  }
  await upstream.ready();

  const close = async () => {
    if (draining) return;
    draining = true;
    // Stops accepting; idle keep-alive connections go at once, busy ones after their answer.
    const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeIdleConnections();
    const drained = inFlight === 0 ? Promise.resolve() : new Promise<void>((resolve) => (idle = resolve));
    const deadline = new Promise<'late'>((resolve) => setTimeout(() => resolve('late'), production.shutdownTimeoutMs).unref());
    if ((await Promise.race([drained, deadline])) === 'late') {
      log({ level: 'warn', event: 'shutdown_deadline', inFlight, message: 'SHUTDOWN_TIMEOUT_MS passed; closing what is still in flight' });
      server.closeAllConnections();
    }
    server.closeIdleConnections();
    await stopped;
    agents.destroy();
    await upstream.close();
  };
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return { url: `http://${host}:${address.port}`, port: address.port, close };
};
