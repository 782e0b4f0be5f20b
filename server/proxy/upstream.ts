import { randomBytes } from 'node:crypto';
import type { ServerEnv } from '../config/server-env.ts';
import { startSimulator, type RunningSimulator } from '../simulator/start-simulator.ts';
import type { SimProfile } from '../simulator/sim-profile.ts';
import type { GatewayTarget } from '../gateway/forward-to-gateway.ts';
import { redact } from '../gateway/redact.ts';

export type Upstream = GatewayTarget & {
  mode: ServerEnv['mode'];
  host: string;
  profile?: SimProfile;
  /** The embedded simulator's clips as browsers reach them, when not at baseUrl (npm start serves them itself). */
  clipBase?: string;
};

export type UpstreamHandle = {
  mode: ServerEnv['mode'];
  /** Starts the simulator on first call (simulator mode); later calls share it. */
  ready(): Promise<Upstream>;
  close(): Promise<void>;
  /** The key in use (or being started with), for redaction. */
  secret(): string | undefined;
};

type StartSimulator = typeof startSimulator;

// Closing simulators of servers that are shutting down: a restarted dev server waits for
// them so a fixed SIM_PORT is free again.
const closing = new Set<Promise<void>>();

export const whenSimulatorsClosed = async (): Promise<void> => {
  await Promise.all(closing);
};

const track = (promise: Promise<void>) => {
  const done = promise.catch(() => {}).finally(() => closing.delete(done));
  closing.add(done);
  return done;
};

export const createUpstream = (env: ServerEnv, log: (line: string) => void, start: StartSimulator = startSimulator): UpstreamHandle => {
  if (env.mode === 'gateway') {
    const upstream: Upstream = { mode: 'gateway', baseUrl: env.baseUrl, apiKey: env.apiKey, host: new URL(env.baseUrl).host };
    log(`Kling Studio: gateway mode → ${upstream.host}`);
    return { mode: 'gateway', ready: async () => upstream, close: async () => {}, secret: () => env.apiKey };
  }

  let starting: Promise<Upstream> | null = null;
  let simulator: RunningSimulator | null = null;
  let closed = false;
  let apiKey: string | undefined;

  const launch = async (): Promise<Upstream> => {
    await whenSimulatorsClosed();
    // A fresh key per start: nothing on disk or in the environment can leak it.
    const key = `sim-${randomBytes(24).toString('base64url')}`;
    apiKey = key;
    const running = await start({
      port: env.simPort,
      timeScale: env.simTimeScale,
      apiKey: key,
      maxRunning: env.simMaxRunning,
      profile: env.simProfile,
      cacheDir: env.simCacheDir,
      publicUrl: env.simPublicUrl,
      log: (line) => log(`[simulator] ${redact(line, key)}`),
    });
    if (closed) {
      await running.close();
      throw new Error('The studio server closed while the simulator was starting');
    }
    simulator = running;
    const baseUrl = running.url.replace(/\/+$/, '');
    log(`Kling Studio: simulator mode (no KLING_API_KEY) at ${baseUrl}`);
    log(
      `Kling Studio: the simulator answers as ${env.simProfile === 'new-api' ? 'a deployed new-api gateway' : 'the gateway document'} (SIM_PROFILE=${env.simProfile})`,
    );
    const clipBase = env.simPublicUrl?.replace(/\/+$/, '');
    return { mode: 'simulator', baseUrl, apiKey: key, host: new URL(baseUrl).host, profile: env.simProfile, clipBase };
  };

  return {
    mode: 'simulator',
    secret: () => apiKey,
    ready: () => {
      if (closed) return Promise.reject(new Error('The studio server is closed'));
      // A failed start is retried by the next request rather than remembered forever.
      starting ??= launch().catch((error: unknown) => {
        starting = null;
        throw error;
      });
      return starting;
    },
    close: () =>
      track(
        (async () => {
          closed = true;
          // A start in flight sees `closed` and shuts its simulator down itself.
          await starting?.catch(() => {});
          const running = simulator;
          simulator = null;
          await running?.close();
        })(),
      ),
  };
};
