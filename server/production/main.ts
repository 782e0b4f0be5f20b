import { fileURLToPath } from 'node:url';
import { resolveServerEnv } from '../config/server-env.ts';
import { jsonLogWriter } from './access-log.ts';
import { resolveProductionEnv } from './production-env.ts';
import { startProductionServer } from './production-server.ts';

// `npm start` (after `npm run build`). Its settings come from the process environment
// only (a container's, a unit file's); .env files are the dev server's. README, "Deploying".

const BUILT_STUDIO = fileURLToPath(new URL('../../dist', import.meta.url));

const main = async () => {
  const env = resolveServerEnv(process.env);
  const production = resolveProductionEnv(process.env);
  const log = jsonLogWriter(process.stdout, [env.mode === 'gateway' ? env.apiKey : undefined, env.studioToken]);
  const studio = await startProductionServer({ env, production, distDir: production.distDir ?? BUILT_STUDIO, log });
  log({
    level: 'info',
    event: 'listening',
    url: studio.url,
    mode: env.mode,
    message:
      env.mode === 'simulator'
        ? 'No KLING_API_KEY: the studio runs on its built-in simulator and spends nothing'
        : 'Talking to the gateway with KLING_API_KEY',
  });
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log({ level: 'info', event: 'shutting_down', signal, timeoutMs: production.shutdownTimeoutMs });
    void studio.close().then(() => {
      log({ level: 'info', event: 'stopped' });
      process.exit(0);
    });
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
};

main().catch((error: unknown) => {
  // No secret is in these messages (server-env.ts names problems, never values).
  process.stderr.write(
    `${JSON.stringify({ time: new Date().toISOString(), level: 'error', event: 'start_failed', message: error instanceof Error ? error.message : String(error) })}\n`,
  );
  process.exit(1);
});
