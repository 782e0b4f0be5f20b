import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { expect } from '@playwright/test';

export type StudioProcess = { url: string; output: () => string; stop: () => void };

const freePort = async (): Promise<number> => {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  server.close();
  if (address === null || typeof address === 'string') throw new Error('no free port');
  return address.port;
};

/**
 * A studio of a spec's own (`vite` on a free loopback port) for journeys that need
 * their own environment — a real key, a short proxy timeout — rather than the shared one.
 */
export const startStudio = async (env: Record<string, string>): Promise<StudioProcess> => {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn('npx', ['vite', '--port', String(port), '--strictPort', '--host', '127.0.0.1'], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs: string[] = [];
  child.stdout?.on('data', (chunk: Buffer) => logs.push(chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => logs.push(chunk.toString()));
  await expect
    .poll(
      async () =>
        fetch(`${url}/api/health`)
          .then((r) => r.ok)
          .catch(() => false),
      { timeout: 60_000 },
    )
    .toBe(true);
  // The first page of a fresh dev server waits for its module transforms (vite.config.ts warms
  // them up at start): asked for here, so the spec's first test does not pay for them.
  await fetch(`${url}/src/main.tsx`)
    .then((r) => r.text())
    .catch(() => '');
  return { url, output: () => logs.join(''), stop: () => child.kill() };
};
