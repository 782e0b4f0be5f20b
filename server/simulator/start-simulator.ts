import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { createClipStore } from './clip/clip-store.ts';
import type { SimProfile } from './sim-profile.ts';
import { createSimulatorApp } from './simulator-app.ts';

export type SimulatorOptions = {
  port?: number; // 0 = ephemeral
  host?: string; // default 127.0.0.1
  apiKey?: string; // if set only this Bearer key is accepted, else any non-empty
  timeScale?: number; // default 1
  cacheDir?: string; // default <repo>/node_modules/.cache/kling-sim
  publicUrl?: string; // base for clip URLs, default http://<host>:<port>
  maxRunning?: number; // account concurrency limit, 0 = none
  profile?: SimProfile; // which gateway to play: 'document' (default) or 'new-api' (sim-profile.ts)
  log?: (line: string) => void;
};
export type RunningSimulator = { url: string; port: number; close(): Promise<void> };

export const DEFAULT_CACHE_DIR = fileURLToPath(new URL('../../node_modules/.cache/kling-sim', import.meta.url));

const urlHost = (host: string) => {
  if (host === '0.0.0.0' || host === '::') return '127.0.0.1';
  return host.includes(':') ? `[${host}]` : host;
};

export const startSimulator = async (options: SimulatorOptions = {}): Promise<RunningSimulator> => {
  const host = options.host ?? '127.0.0.1';
  const clips = createClipStore({ dir: options.cacheDir ?? DEFAULT_CACHE_DIR });
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${urlHost(host)}:${port}`;
  const app = createSimulatorApp({
    clips,
    publicUrl: (options.publicUrl ?? url).replace(/\/+$/, ''),
    apiKey: options.apiKey,
    timeScale: options.timeScale ?? 1,
    maxRunning: options.maxRunning ?? 0,
    profile: options.profile,
    log: options.log,
  });
  server.on('request', (req, res) => void app.handle(req, res));

  let closing: Promise<void> | null = null;
  const close = () => {
    closing ??= new Promise<void>((resolve, reject) => {
      app.dispose();
      server.close((error) => (error ? reject(error) : resolve()));
      // Hanging faults and keep-alive sockets would otherwise hold close() open.
      server.closeAllConnections();
    }).then(() => clips.close());
    return closing;
  };
  return { url, port, close };
};
