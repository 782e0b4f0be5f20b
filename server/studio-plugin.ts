import type { AddressInfo } from 'node:net';
import type { Connect, Plugin, PreviewServer, ResolvedConfig, ViteDevServer } from 'vite';
import { assertNoExposedSecrets } from './config/exposed-secrets.ts';
import { assertAccessToken, exposedWithoutTokenMessage, hostReach, needsAccessToken, type ListenHost } from './config/exposure.ts';
import { readRawEnv } from './config/read-env-files.ts';
import { resolveServerEnv, type ServerEnv } from './config/server-env.ts';
import { API_PREFIX, createApiMiddleware } from './proxy/api-middleware.ts';
import { createGatewayAgents } from './gateway/gateway-agents.ts';
import { redact } from './gateway/redact.ts';
import { createTokenLanding } from './proxy/studio-token.ts';
import { createUpstream, whenSimulatorsClosed, type UpstreamHandle } from './proxy/upstream.ts';

type AnyServer = Pick<ViteDevServer | PreviewServer, 'config' | 'middlewares' | 'httpServer'>;
type Listen = { allowedHosts: readonly string[] | true; host: ListenHost; option: 'server.host' | 'preview.host' };

/**
 * The studio's server side in `vite dev` and `vite preview`: /api forwards the contract's
 * routes to the gateway (or an embedded simulator) with a key the browser never sees.
 */
export const studioPlugin = (): Plugin => {
  let env: ServerEnv | null = null;
  // Servers without an http server of their own (middleware mode) are closed by the hooks.
  const detached = new Set<Pick<UpstreamHandle, 'close'>>();

  const install = (server: AnyServer, listen: Listen) => {
    if (!env) return;
    // Before listening: a studio reachable from the network with a real key needs STUDIO_TOKEN.
    assertAccessToken(env, listen.host, listen.option);
    const { logger } = server.config;
    const { studioToken } = env;
    const gatewayKey = env.mode === 'gateway' ? env.apiKey : undefined;
    const upstream = createUpstream(env, (line) => logger.info(redact(line, gatewayKey, studioToken)));
    let refused: string | null = null;
    // This server's own connection pool to the gateway, closed with it.
    const agents = createGatewayAgents();
    const handle = createApiMiddleware({
      upstream,
      agents,
      allowedHosts: listen.allowedHosts,
      upstreamTimeoutMs: env.upstreamTimeoutMs,
      bodyTimeoutMs: env.bodyTimeoutMs,
      logger,
      studioToken,
      maxInFlight: env.maxInFlight,
      download: {
        maxBytes: env.downloadMaxBytes,
        timeoutMs: env.downloadTimeoutMs,
        totalTimeoutMs: env.downloadTotalTimeoutMs,
        zipTimeoutMs: env.downloadZipTimeoutMs,
      },
      refusal: () => refused,
    });
    // First in the stack, ahead of Vite's CORS middleware: /api answers no preflight and
    // carries no Access-Control-* header (the host check Vite would run is repeated inside).
    // Being first also means no Vite middleware runs for a poll (bench:proxy measures it).
    server.middlewares.stack.unshift(
      { route: '', handle: handle as Connect.ServerHandle },
      { route: '', handle: createTokenLanding(studioToken, API_PREFIX) as Connect.ServerHandle },
    );

    const { httpServer } = server;
    if (!httpServer) {
      detached.add({
        close: () => {
          agents.destroy();
          return upstream.close();
        },
      });
      return;
    }
    const needsToken = needsAccessToken(env);
    // Started on listen, not here: a restarting dev server is created before the old one
    // closes, and a fixed SIM_PORT would still be taken.
    httpServer.once('listening', () => {
      // A host name in the config is only settled by the address it resolved to.
      const address = (httpServer.address() as AddressInfo | null)?.address;
      if (needsToken && address !== undefined && hostReach(address) === 'exposed') {
        refused = exposedWithoutTokenMessage(`listening on ${address}`);
        logger.error(refused);
        httpServer.close();
        return;
      }
      upstream.ready().catch((error: unknown) => {
        logger.error(redact(`Kling Studio: the simulator did not start: ${String(error)}`, upstream.secret(), studioToken));
      });
    });
    httpServer.once('close', () => {
      agents.destroy();
      void upstream.close();
    });
  };

  const closeDetached = async () => {
    await Promise.all([...detached].map((upstream) => upstream.close()));
    detached.clear();
    await whenSimulatorsClosed();
  };

  return {
    name: 'kling-studio',
    configResolved(config: ResolvedConfig) {
      const raw = readRawEnv(config.mode, config.envDir);
      assertNoExposedSecrets(config.env, config.define, raw.KLING_API_KEY?.trim() || undefined);
      env = config.command === 'serve' ? resolveServerEnv(raw) : null;
    },
    configureServer(server) {
      const { https, allowedHosts, host } = server.config.server;
      install(server, { allowedHosts: https ? true : allowedHosts, host, option: 'server.host' });
    },
    configurePreviewServer(server) {
      const { https, allowedHosts, host } = server.config.preview;
      install(server, { allowedHosts: https ? true : allowedHosts, host, option: 'preview.host' });
    },
    closeServer: closeDetached,
    closePreviewServer: closeDetached,
  };
};
