import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { BuiltApp, BuiltChunk } from './build.ts';

// "Initial" is what index.html makes the browser fetch before the app can run: the
// entry script, every chunk it imports statically (Vite adds them as modulepreload
// links), and their stylesheets. Chunks behind a dynamic import() are "on demand",
// even when the app asks for them right after it starts.

export type Sizes = { raw: number; gzip: number; brotli: number };
export type InitialAssets = { js: string[]; css: string[]; jsSizes: Sizes; cssSizes: Sizes; modules: string[] };

const attr = (html: string, pattern: RegExp) => [...html.matchAll(pattern)].map((match) => match[1]!.replace(/^\//, ''));

export const compressedSizes = (bytes: Buffer): Sizes => ({
  raw: bytes.byteLength,
  gzip: gzipSync(bytes, { level: 9 }).byteLength,
  brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).byteLength,
});

const total = (sizes: Sizes[]): Sizes =>
  sizes.reduce((sum, size) => ({ raw: sum.raw + size.raw, gzip: sum.gzip + size.gzip, brotli: sum.brotli + size.brotli }), {
    raw: 0,
    gzip: 0,
    brotli: 0,
  });

/** Every chunk reachable from `start` through static imports. */
const staticClosure = (chunks: Map<string, BuiltChunk>, start: string[]): BuiltChunk[] => {
  const seen = new Set<string>();
  const queue = [...start];
  while (queue.length > 0) {
    const name = queue.shift()!;
    if (seen.has(name)) continue;
    seen.add(name);
    queue.push(...(chunks.get(name)?.imports ?? []));
  }
  return [...seen].map((name) => chunks.get(name)).filter((chunk): chunk is BuiltChunk => chunk !== undefined);
};

export const initialAssets = async (app: BuiltApp): Promise<InitialAssets> => {
  const scripts = attr(app.html, /<script[^>]+type="module"[^>]+src="([^"]+)"/g);
  const preloads = attr(app.html, /<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g);
  const styles = attr(app.html, /<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g);
  // The HTML is the authority; the chunk graph must agree with it (a missing preload
  // would still be fetched, one request later).
  const closure = staticClosure(app.chunks, scripts);
  const js = [...new Set([...scripts, ...preloads, ...closure.map((chunk) => chunk.fileName)])];
  const css = [...new Set([...styles, ...closure.flatMap((chunk) => chunk.css)])];
  const sizesOf = async (files: string[]) =>
    Promise.all(files.map(async (file) => compressedSizes(await readFile(join(app.outDir, file)))));
  return {
    js,
    css,
    jsSizes: total(await sizesOf(js)),
    cssSizes: total(await sizesOf(css)),
    modules: closure.flatMap((chunk) => chunk.modules),
  };
};

/** All JavaScript the build produced, initial or not. */
export const allJsSizes = async (app: BuiltApp): Promise<Sizes> =>
  total(await Promise.all([...app.chunks.keys()].map(async (file) => compressedSizes(await readFile(join(app.outDir, file))))));
