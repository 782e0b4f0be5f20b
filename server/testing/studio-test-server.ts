import { request as httpRequest, type IncomingHttpHeaders, type OutgoingHttpHeaders } from 'node:http';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createServer, preview, type Logger } from 'vite';
import { studioPlugin } from '../studio-plugin.ts';

// Test helpers: a real Vite dev or preview server with the studio plugin, in a temp root.

const MANAGED_ENV = [
  'KLING_API_KEY',
  'KLING_BASE_URL',
  'SIM_PORT',
  'SIM_TIME_SCALE',
  'SIM_MAX_RUNNING',
  'PROXY_UPSTREAM_TIMEOUT_MS',
  'PROXY_MAX_IN_FLIGHT',
  'PROXY_BODY_TIMEOUT_MS',
  'DOWNLOAD_MAX_BYTES',
  'DOWNLOAD_TIMEOUT_MS',
  'DOWNLOAD_TOTAL_TIMEOUT_MS',
  'STUDIO_TOKEN',
  'VITE_KLING_API_KEY',
];

/** Runs fn with exactly these studio variables in process.env (the developer's own are hidden), then restores. */
export const withEnv = async <T>(vars: Record<string, string>, fn: () => Promise<T>): Promise<T> => {
  const saved = MANAGED_ENV.map((name) => [name, process.env[name]] as const);
  for (const name of MANAGED_ENV) delete process.env[name];
  Object.assign(process.env, vars);
  try {
    return await fn();
  } finally {
    for (const name of Object.keys(vars)) delete process.env[name];
    for (const [name, value] of saved) if (value !== undefined) process.env[name] = value;
  }
};

export const makeRoot = async (files: Record<string, string> = {}): Promise<string> => {
  const root = await mkdtemp(join(tmpdir(), 'kling-studio-proxy-'));
  const all = { 'index.html': '<!doctype html><title>Studio</title>', 'dist/index.html': '<!doctype html><title>Built</title>', ...files };
  for (const [name, text] of Object.entries(all)) {
    await mkdir(dirname(join(root, name)), { recursive: true });
    await writeFile(join(root, name), text);
  }
  return root;
};

const captureLogger = (lines: string[]): Logger => ({
  info: (message) => void lines.push(message),
  warn: (message) => void lines.push(message),
  warnOnce: (message) => void lines.push(message),
  error: (message) => void lines.push(message),
  clearScreen: () => {},
  hasErrorLogged: () => false,
  hasWarned: false,
});

export type Studio = { port: number; origin: string; logs: string[]; restart(): Promise<void>; close(): Promise<void> };

export const startStudio = async (options: {
  env?: Record<string, string>;
  files?: Record<string, string>;
  kind?: 'dev' | 'preview';
  /** Where it listens; 127.0.0.1 unless a test is about exposure (`true` = all interfaces). */
  host?: string | boolean;
}): Promise<Studio> => {
  const root = await makeRoot(options.files);
  const logs: string[] = [];
  const common = { configFile: false as const, root, plugins: [studioPlugin()], customLogger: captureLogger(logs) };
  const removeRoot = () => rm(root, { recursive: true, force: true });
  const host = options.host ?? '127.0.0.1';
  const server = await withEnv(options.env ?? {}, async () =>
    options.kind === 'preview'
      ? preview({ ...common, preview: { port: 0, host } })
      : createServer({ ...common, server: { port: 0, host, watch: null } }),
  ).catch(async (error: unknown) => {
    await removeRoot();
    throw error;
  });
  if ('listen' in server) await server.listen();
  const port = (server.httpServer?.address() as AddressInfo).port;
  const restart = async () => {
    // A restart resolves the config (and so the environment) again.
    if ('restart' in server) await withEnv(options.env ?? {}, () => server.restart());
  };
  const close = async () => {
    await server.close();
    await removeRoot();
  };
  return { port, origin: `http://127.0.0.1:${port}`, logs, restart, close };
};

export type RawResponse = { status: number; headers: IncomingHttpHeaders; text: string; json: () => unknown };

/** A request with its path sent byte for byte (fetch would resolve `..` and `//` first). */
export const rawRequest = (
  port: number,
  method: string,
  path: string,
  options: { headers?: OutgoingHttpHeaders; body?: string | Buffer } = {},
): Promise<RawResponse> =>
  new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, method, path, headers: options.headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString();
        resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json: () => JSON.parse(text) });
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(options.body);
  });

export const postJson = (port: number, path: string, body: unknown, headers: OutgoingHttpHeaders = {}) =>
  rawRequest(port, 'POST', path, {
    headers: { 'Content-Type': 'application/json', Origin: `http://127.0.0.1:${port}`, ...headers },
    body: JSON.stringify(body),
  });
