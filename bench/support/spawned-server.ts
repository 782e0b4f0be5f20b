import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { REPO } from './servers.ts';

// A server the bench runs as its own process, the way a person starts it (`npm start`,
// `vite preview`, `npm run sim`), but from its binary rather than through npm, so the
// process is the server and not an npm shell around it. Its output goes to a file (the
// bench's event loop then cannot slow a server that writes a log line per request), and
// its resident memory is read from /proc.

export type SpawnedServer = {
  name: string;
  url: string;
  /** The process that serves: tsx runs the script in a child of its own (its parent only relays signals). */
  pid: number;
  /** The log so far (stdout and stderr together). */
  log(): Promise<string>;
  close(): Promise<void>;
};

export type SpawnOptions = {
  name: string;
  /** A binary under node_modules/.bin. */
  bin: 'tsx' | 'vite';
  args: string[];
  env: Record<string, string>;
  url: string;
  logFile: string;
  /** Answers any HTTP status once the server is up; 200 is waited for when `wantOk`. */
  readyPath: string;
  readyHeaders?: Record<string, string>;
  wantOk?: boolean;
  timeoutMs?: number;
};

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** Resident set size of a process, in bytes (VmRSS of /proc/<pid>/status); NaN once it is gone. */
export const residentBytes = async (pid: number): Promise<number> => {
  try {
    const status = await readFile(`/proc/${pid}/status`, 'utf8');
    const kb = /^VmRSS:\s+(\d+)\s+kB$/m.exec(status)?.[1];
    return kb === undefined ? Number.NaN : Number(kb) * 1024;
  } catch {
    return Number.NaN;
  }
};

const childrenOf = async (pid: number): Promise<number[]> => {
  try {
    const text = await readFile(`/proc/${pid}/task/${pid}/children`, 'utf8');
    return text.trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
};

const exited = (child: ChildProcess) =>
  child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise<void>((done) => child.once('exit', () => done()));

export const spawnServer = async (options: SpawnOptions): Promise<SpawnedServer> => {
  const out = openSync(options.logFile, 'a');
  const child = spawn(`${REPO}/node_modules/.bin/${options.bin}`, options.args, {
    cwd: REPO,
    env: options.env,
    stdio: ['ignore', out, out],
  });
  closeSync(out);
  let serverPid = child.pid ?? 0;
  const log = () => readFile(options.logFile, 'utf8').catch(() => '');
  const close = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    const late = await Promise.race([exited(child).then(() => false), sleep(10_000).then(() => true)]);
    if (late) {
      // Only what this bench started: the binary, and the server tsx started under it.
      if (serverPid !== child.pid) {
        try {
          process.kill(serverPid, 'SIGKILL');
        } catch {
          // already gone
        }
      }
      child.kill('SIGKILL');
      await exited(child);
    }
  };

  const deadline = performance.now() + (options.timeoutMs ?? 60_000);
  try {
    for (;;) {
      if (child.exitCode !== null || child.signalCode !== null)
        throw new Error(
          `${options.name} exited (${child.exitCode ?? child.signalCode}) before it answered:\n${(await log()).slice(-2000)}`,
        );
      if (performance.now() > deadline)
        throw new Error(`${options.name} did not answer ${options.readyPath} in time:\n${(await log()).slice(-2000)}`);
      const status = await fetch(`${options.url}${options.readyPath}`, {
        headers: options.readyHeaders,
        signal: AbortSignal.timeout(2000),
      }).then(
        async (res) => {
          await res.arrayBuffer();
          return res.status;
        },
        () => 0,
      );
      if (status !== 0 && (!options.wantOk || status === 200)) break;
      await sleep(100);
    }
    if (options.bin === 'tsx') {
      const [server] = await childrenOf(child.pid ?? 0);
      if (server === undefined) throw new Error(`${options.name}: no server process under tsx (pid ${child.pid})`);
      serverPid = server;
    }
  } catch (error) {
    await close();
    throw error;
  }
  return { name: options.name, url: options.url, pid: serverPid, log, close };
};

/** Samples a process's RSS every `everyMs` until stopped: every sample, with its time (performance.now()). */
export const sampleResident = (pid: number, everyMs = 50) => {
  const samples: { at: number; bytes: number }[] = [];
  let reading: Promise<void> = Promise.resolve();
  const take = () =>
    (reading = reading.then(async () => {
      const bytes = await residentBytes(pid);
      if (Number.isFinite(bytes)) samples.push({ at: performance.now(), bytes });
    }));
  const timer = setInterval(take, everyMs);
  return {
    stop: async () => {
      clearInterval(timer);
      await take();
      return samples;
    },
  };
};
