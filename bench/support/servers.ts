import { createServer as createNetServer } from 'node:net';
import { resolve } from 'node:path';
import { preview, type PreviewServer } from 'vite';
import react from '@vitejs/plugin-react';
import { precompressedAssets } from '../../server/static/precompressed-assets.ts';

// The production builds served the way `npm run preview` serves them, on loopback only.

export const REPO = resolve(import.meta.dirname, '../..');

export const freePort = (): Promise<number> =>
  new Promise((done, fail) => {
    const server = createNetServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => done(port));
    });
  });

export type Served = { url: string; close: () => Promise<void> };

const served = async (server: PreviewServer, port: number): Promise<Served> => ({
  url: `http://127.0.0.1:${port}`,
  close: () => server.close(),
});

/**
 * The studio's build with the project's own config: the /api proxy included. `env` is
 * applied to process.env while the server reads it (the studio plugin reads the
 * environment once, at start) and restored afterwards.
 */
export const previewStudio = async (outDir: string, env: Record<string, string> = {}): Promise<Served> => {
  const port = await freePort();
  const saved = Object.fromEntries(Object.keys(env).map((name) => [name, process.env[name]]));
  Object.assign(process.env, env);
  try {
    const server = await preview({
      configFile: resolve(REPO, 'vite.config.ts'),
      root: REPO,
      logLevel: 'warn',
      build: { outDir },
      preview: { host: '127.0.0.1', port, strictPort: true, open: false },
    });
    return served(server, port);
  } finally {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }
};

/**
 * The bare React page, served by the same preview server without any plugin of the studio
 * but the one that sends its assets (precompressed, as the studio's are): the ratio is
 * the app's cost, not a difference in serving.
 */
export const previewBaseline = async (outDir: string): Promise<Served> => {
  const port = await freePort();
  const server = await preview({
    configFile: false,
    root: resolve(REPO, 'bench/baseline'),
    logLevel: 'warn',
    plugins: [react(), precompressedAssets()],
    build: { outDir },
    preview: { host: '127.0.0.1', port, strictPort: true, open: false },
  });
  return served(server, port);
};
