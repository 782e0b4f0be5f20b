import type { Connect, Plugin, PreviewServer, ResolvedConfig, ViteDevServer } from 'vite';
import { assertNoExposedSecrets } from './config/exposed-secrets.ts';
import { readRawEnv, resolveServerEnv, type ServerEnv } from './config/server-env.ts';
import { createApiMiddleware } from './proxy/api-middleware.ts';
import { redact } from './proxy/redact.ts';
import { createUpstream, whenSimulatorsClosed, type UpstreamHandle } from './proxy/upstream.ts';

type AnyServer = Pick<ViteDevServer | PreviewServer, 'config' | 'middlewares' | 'httpServer'>;

/**
 * The studio's server side in `vite dev` and `vite preview`: /api forwards the contract's
 * routes to the gateway (or an embedded simulator) with a key the browser never sees.
 */
export const studioPlugin = (): Plugin => {
  let env: ServerEnv | null = null;
  // Servers without an http server of their own (middleware mode) are closed by the hooks.
  const detached = new Set<UpstreamHandle>();

  const install = (server: AnyServer, allowedHosts: readonly string[] | true) => {
    if (!env) return;
    const { logger } = server.config;
    const gatewayKey = env.mode === 'gateway' ? env.apiKey : undefined;
    const upstream = createUpstream(env, (line) => logger.info(redact(line, gatewayKey)));
    const handle = createApiMiddleware({ upstream, allowedHosts, upstreamTimeoutMs: env.upstreamTimeoutMs, logger });
    // First in the stack, ahead of Vite's CORS middleware: /api answers no preflight and
    // carries no Access-Control-* header (the host check Vite would run is repeated inside).
    server.middlewares.stack.unshift({ route: '', handle: handle as Connect.ServerHandle });

    const { httpServer } = server;
    if (!httpServer) {
      detached.add(upstream);
      return;
    }
    // Started on listen, not here: a restarting dev server is created before the old one
    // closes, and a fixed SIM_PORT would still be taken.
    httpServer.once('listening', () => {
      upstream.ready().catch((error: unknown) => {
        logger.error(redact(`Kling Studio: the simulator did not start: ${String(error)}`, upstream.secret()));
      });
    });
    httpServer.once('close', () => void upstream.close());
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
      install(server, server.config.server.https ? true : server.config.server.allowedHosts);
    },
    configurePreviewServer(server) {
      install(server, server.config.preview.https ? true : server.config.preview.allowedHosts);
    },
    closeServer: closeDetached,
    closePreviewServer: closeDetached,
  };
};
