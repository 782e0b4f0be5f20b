import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { chmodSync, chownSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderNginxConfig } from '../../deploy/nginx-config.ts';

// The production set on loopback, as a team would run it (deploy/nginx.conf): one standalone
// simulator as the shared gateway, copies of `npm start`, and Debian's nginx in front of them,
// rendered from the same template as the example. For e2e/balanced-production.spec.ts.

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const TSX = join(ROOT, 'node_modules/.bin/tsx');
export const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';

/** The balancer's port; the copies take the next ports, then the simulator. Clear of the other e2e servers (5179, 5180, 8791, 8792). */
export const BALANCER_PORT = Number(process.env.E2E_BALANCER_PORT ?? 9400);

export type StudioCopy = {
  name: string;
  port: number;
  /** nginx's name for it (X-Upstream). */
  address: string;
  running: () => boolean;
  start: () => Promise<void>;
  /** SIGTERM, then waits for the process to end: its exit code. */
  stop: () => Promise<number | null>;
  /** Everything it wrote to stdout, over every start. */
  stdout: () => string;
  stderr: () => string;
  /** Ends its whole process group at once (the clean-up, not a graceful stop). */
  kill: () => void;
};

export type BalancedStudios = {
  url: string;
  simulatorUrl: string;
  apiKey: string;
  copies: StudioCopy[];
  nginxConfig: string;
  /** nginx's access log so far. */
  nginxAccessLog: () => string;
  close: () => Promise<void>;
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const waitFor = async (what: string, check: () => Promise<boolean>, timeoutMs = 30_000, output = () => '') => {
  const deadline = Date.now() + timeoutMs;
  while (!(await check().catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`${what} did not come up within ${timeoutMs} ms\n${output()}`);
    await sleep(100);
  }
};

/** The set's ports must be free: a leftover nginx from a killed run would otherwise answer in place of this one. */
const assertFree = async (port: number) => {
  const probe = createServer();
  try {
    await new Promise<void>((resolve, reject) => {
      probe.once('error', reject);
      probe.listen(port, '127.0.0.1', () => resolve());
    });
  } catch (error) {
    throw new Error(
      `port ${port} is taken (${(error as Error).message}): a leftover of an earlier run? The set uses ${BALANCER_PORT}–${BALANCER_PORT + 3} (E2E_BALANCER_PORT)`,
      { cause: error },
    );
  } finally {
    probe.close();
  }
};

const answers = (url: string) => async () => (await fetch(url)).ok;

/** The studio as `npm run build` makes it, into `outDir` (a few seconds): the copies serve it (DIST_DIR), never a stale or half-rebuilt dist/. */
const buildStudio = async (outDir: string) => {
  const build = spawn(join(ROOT, 'node_modules/.bin/vite'), ['build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  build.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  build.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const [code] = (await once(build, 'exit')) as [number | null];
  if (code !== 0) throw new Error(`vite build failed (${code}):\n${output}`);
};

type Spawned = { child: ChildProcess; exited: Promise<number | null> };

/** In its own process group, so that everything it started can be ended with it. */
const spawnGroup = (
  command: string,
  args: string[],
  env: Record<string, string>,
  onOut: (text: string) => void,
  onErr: (text: string) => void,
  ids?: { uid: number; gid: number },
): Spawned => {
  const child = spawn(command, args, {
    cwd: ROOT,
    // Only what the process needs: nothing of this shell's own KLING_* or PROXY_* settings.
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? '/tmp', ...env },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    ...ids,
  });
  child.stdout?.on('data', (chunk: Buffer) => onOut(chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => onErr(chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, exited };
};

const killGroup = (spawned: Spawned | null) => {
  if (!spawned || spawned.child.exitCode !== null || spawned.child.signalCode !== null || spawned.child.pid === undefined) return;
  try {
    process.kill(-spawned.child.pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
};

/** Run as root (CI's container), nginx drops to `nobody` for the whole process, master too. */
const nobody = (): { uid: number; gid: number } | undefined => {
  if (process.getuid?.() !== 0) return undefined;
  const line = readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .find((entry) => entry.startsWith('nobody:'));
  const [, , uid, gid] = line?.split(':') ?? [];
  return uid && gid ? { uid: Number(uid), gid: Number(gid) } : undefined;
};

const startCopy = (name: string, port: number, env: Record<string, string>): StudioCopy => {
  let out = '';
  let err = '';
  let current: Spawned | null = null;
  const copy: StudioCopy = {
    name,
    port,
    address: `127.0.0.1:${port}`,
    running: () => current !== null && current.child.exitCode === null && current.child.signalCode === null,
    start: async () => {
      if (copy.running()) throw new Error(`copy ${name} is already running`);
      // tsx directly, not npm: SIGTERM reaches the server (tsx relays it once to its child).
      current = spawnGroup(
        TSX,
        ['server/production/main.ts'],
        { ...env, PORT: String(port) },
        (text) => (out += text),
        (text) => (err += text),
      );
      const started = current;
      await waitFor(
        `copy ${name} (port ${port})`,
        async () => {
          if (!copy.running()) throw new Error(`copy ${name} exited at start (${started.child.exitCode}):\n${err}`);
          return answers(`http://127.0.0.1:${port}/api/health`)();
        },
        30_000,
        () => err,
      );
    },
    stop: async () => {
      const stopping = current;
      if (!stopping || !copy.running()) return stopping?.child.exitCode ?? null;
      stopping.child.kill('SIGTERM');
      const code = await Promise.race([stopping.exited, sleep(20_000).then(() => 'late' as const)]);
      if (code === 'late') {
        killGroup(stopping);
        throw new Error(`copy ${name} did not stop within 20 s of SIGTERM`);
      }
      return code;
    },
    stdout: () => out,
    stderr: () => err,
    kill: () => killGroup(current),
  };
  return copy;
};

export type BalancedOptions = {
  /** How many copies nginx balances over (2; 1 only to watch the test fail without a second). */
  upstreams?: number;
  /** SIM_TIME_SCALE: 1 is Kling's pace. */
  timeScale?: number;
  /** Each answer names its copy (X-Upstream). */
  revealUpstream?: boolean;
};

export const startBalancedStudios = async ({
  upstreams = 2,
  timeScale = 0.05,
  revealUpstream = true,
}: BalancedOptions = {}): Promise<BalancedStudios> => {
  if (!existsSync(NGINX)) throw new Error(`${NGINX} is missing: apt-get install -y nginx (or set NGINX_PATH)`);
  for (let port = BALANCER_PORT; port <= BALANCER_PORT + 3; port++) await assertFree(port);
  const url = `http://127.0.0.1:${BALANCER_PORT}`;
  const simPort = BALANCER_PORT + 3;
  const simulatorUrl = `http://127.0.0.1:${simPort}`;
  const apiKey = `sk-balanced-${randomBytes(12).toString('hex')}`;
  const dir = mkdtempSync(join(tmpdir(), 'kling-balanced-'));
  const ids = nobody();
  const distDir = join(dir, 'dist');
  let simOut = '';
  let nginxOut = '';
  let simulator: Spawned | null = null;
  let nginx: Spawned | null = null;
  const copies: StudioCopy[] = [];

  const close = async () => {
    for (const copy of copies) copy.kill();
    if (nginx && nginx.child.exitCode === null && nginx.child.signalCode === null) {
      // nginx's master by its pid: a fast shutdown takes its workers with it.
      nginx.child.kill('SIGTERM');
      await Promise.race([nginx.exited, sleep(5_000)]);
    }
    killGroup(nginx);
    killGroup(simulator);
    rmSync(dir, { recursive: true, force: true });
  };

  try {
    // The build and the simulator's start overlap; a failed build is reported at `await built`.
    const built = buildStudio(distDir);
    built.catch(() => {});
    simulator = spawnGroup(
      TSX,
      ['server/simulator/main.ts'],
      { SIM_PORT: String(simPort), SIM_HOST: '127.0.0.1', SIM_API_KEY: apiKey, SIM_TIME_SCALE: String(timeScale) },
      (text) => (simOut += text),
      (text) => (simOut += text),
    );
    await waitFor('the simulator', answers(`${simulatorUrl}/__sim/stats`), 30_000, () => simOut);

    await built;
    const copyEnv = {
      DIST_DIR: distDir,
      KLING_API_KEY: apiKey,
      KLING_BASE_URL: simulatorUrl,
      HOST: '127.0.0.1',
      PUBLIC_ORIGINS: url,
      TRUSTED_PROXIES: '127.0.0.1',
      SHUTDOWN_TIMEOUT_MS: '10000',
    };
    for (const [index, name] of ['A', 'B'].entries()) copies.push(startCopy(name, BALANCER_PORT + 1 + index, copyEnv));
    await Promise.all(copies.map((copy) => copy.start()));

    const nginxConfig = renderNginxConfig({
      copies: copies.slice(0, upstreams).map((copy) => copy.address),
      listen: { plain: `127.0.0.1:${BALANCER_PORT}` },
      prefix: dir,
      // A copy started again is tried again soon.
      failTimeoutS: 1,
      revealUpstream,
    });
    writeFileSync(join(dir, 'nginx.conf'), nginxConfig);
    if (ids) {
      chownSync(dir, ids.uid, ids.gid);
      chmodSync(dir, 0o700);
    }
    nginx = spawnGroup(
      NGINX,
      ['-p', dir, '-e', join(dir, 'error.log'), '-c', join(dir, 'nginx.conf'), '-g', 'daemon off;'],
      {},
      (text) => (nginxOut += text),
      (text) => (nginxOut += text),
      ids,
    );
    await waitFor(
      'nginx',
      answers(`${url}/api/health`),
      15_000,
      () => `${nginxOut}${existsSync(join(dir, 'error.log')) ? readFileSync(join(dir, 'error.log'), 'utf8') : ''}`,
    );
    const nginxAccessLog = () => readFileSync(join(dir, 'access.log'), 'utf8');
    return { url, simulatorUrl, apiKey, copies, nginxConfig, nginxAccessLog, close };
  } catch (error) {
    await close();
    throw error;
  }
};
