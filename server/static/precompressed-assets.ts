import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Plugin } from 'vite';
import { servePrecompressedAssets } from './serve-precompressed.ts';

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

const COMPRESSIBLE = /\.(?:js|css|svg|json)$/;
// The usual threshold of compression middleware (Vite's own among them): smaller files
// fit in a packet or two either way.
const MIN_BYTES = 1024;

/**
 * Writes `<file>.br` and `<file>.gz` beside `file`, at the strongest settings (Brotli 11
 * adds about 1.3 s to a build on 2 cores; quality 9 would save a second and send ~7 % more).
 */
export const writeCompressedCopies = async (file: string): Promise<void> => {
  const bytes = await readFile(file);
  if (bytes.byteLength < MIN_BYTES) return;
  const [br, gz] = await Promise.all([
    brotli(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.byteLength } }),
    gzipped(bytes, { level: 9 }),
  ]);
  await Promise.all([writeFile(`${file}.br`, br), writeFile(`${file}.gz`, gz)]);
};

/**
 * Compresses the built assets once, at build time, and has `vite preview` (the studio's
 * production server) send those copies instead of gzipping every request anew.
 * Source maps are left alone: only devtools fetch them.
 */
export const precompressedAssets = (): Plugin => {
  let assetsDir = 'assets';
  return {
    name: 'kling-studio:precompressed-assets',
    configResolved(config) {
      assetsDir = config.build.assetsDir;
    },
    configurePreviewServer(server) {
      const { root, base, build, preview } = server.config;
      const serve = servePrecompressedAssets(resolve(root, build.outDir, assetsDir), preview.headers);
      // Ahead of Vite's compression and static middleware, which run after this hook.
      server.middlewares.use(`${base}${assetsDir}`, serve);
    },
    async writeBundle(options, bundle) {
      const outDir = options.dir;
      if (!outDir) return;
      const files = Object.keys(bundle).filter((fileName) => fileName.startsWith(`${assetsDir}/`) && COMPRESSIBLE.test(fileName));
      // zlib's async calls run on libuv's thread pool: the copies are made in parallel.
      await Promise.all(files.map((fileName) => writeCompressedCopies(join(outDir, fileName))));
    },
  };
};
