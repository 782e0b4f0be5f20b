import { spawn, type ChildProcess } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createVia, readZip, settleVia, zipParam } from '../testing/studio-task-client.ts';
import { makeFakeDist } from '../testing/fake-dist.ts';

// SIGTERM to a real `npm start` process (tsx server/production/main.ts) while a zip is on
// its way: the zip completes whole, new connections are refused, and the process exits 0.

const MAIN = fileURLToPath(new URL('./main.ts', import.meta.url));
const TSX = fileURLToPath(new URL('../../node_modules/.bin/tsx', import.meta.url));

type Started = { child: ChildProcess; port: number; lines: Record<string, unknown>[]; exited: Promise<number | null> };

const startProcess = async (dist: string): Promise<Started> => {
  const child = spawn(TSX, [MAIN], {
    env: { PATH: process.env.PATH, PORT: '0', DIST_DIR: dist, SIM_TIME_SCALE: '0.02', SHUTDOWN_TIMEOUT_MS: '10000' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines: Record<string, unknown>[] = [];
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const port = await new Promise<number>((resolve, reject) => {
    let buffered = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      let newline: number;
      while ((newline = buffered.indexOf('\n')) >= 0) {
        const line = JSON.parse(buffered.slice(0, newline)) as Record<string, unknown>;
        buffered = buffered.slice(newline + 1);
        lines.push(line);
        if (line.event === 'listening') resolve(Number(new URL(String(line.url)).port));
      }
    });
    void exited.then((code) => reject(new Error(`npm start exited (${code}) before listening`)));
  });
  return { child, port, lines, exited };
};

let started: Started | null = null;
let dist = '';
afterAll(async () => {
  started?.child.kill('SIGKILL');
  if (dist) await rm(dist, { recursive: true, force: true });
});

describe('npm start on SIGTERM', () => {
  it('finishes a zip in flight, whole, refuses new connections, and exits 0', async () => {
    dist = await makeFakeDist();
    started = await startProcess(dist);
    const { port, child, lines, exited } = started;
    const refs = [
      await createVia(port, 'unified', 'text2video', 'a red kite'),
      await createVia(port, 'unified', 'text2video', 'a blue kite'),
    ];
    for (const ref of refs) expect((await settleVia(port, ref)).status).toBe('succeeded');
    // Each clip's lookup at the gateway takes 600 ms now, so the zip is still on its way at SIGTERM.
    const health = (await (await fetch(`http://127.0.0.1:${port}/api/health`)).json()) as { gateway: string };
    await fetch(`http://${health.gateway}/__sim/faults`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ on: 'query', fault: 'delay', ms: 600, count: 2 }),
    });
    const query = new URLSearchParams(refs.map((ref, index) => zipParam(ref, 'std', `kite ${index}`)));
    const zip = fetch(`http://127.0.0.1:${port}/api/download/zip?${query}`).then(async (response) =>
      Buffer.from(await response.arrayBuffer()),
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    child.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 100));
    await expect(fetch(`http://127.0.0.1:${port}/api/health`)).rejects.toThrow();

    const entries = await readZip(await zip);
    expect([...entries.keys()].sort()).toEqual(['kite-0-std-' + refs[0]!.id + '.mp4', 'kite-1-std-' + refs[1]!.id + '.mp4'].sort());
    for (const bytes of entries.values()) expect(bytes.subarray(4, 8).toString()).toBe('ftyp');
    expect(await exited).toBe(0);
    expect(lines.map((line) => line.event)).toEqual(expect.arrayContaining(['shutting_down', 'stopped']));
  });
});
