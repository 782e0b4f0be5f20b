import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { build, type Plugin } from 'vite';
import { precompressedAssets } from '../../server/static/precompressed-assets.ts';
import { REPO } from './servers.ts';

// Production builds for the bench: the studio with its own config, and the bare React
// page with nothing but the React plugin, both in the same run.

export type BuiltChunk = {
  fileName: string;
  isEntry: boolean;
  isDynamicEntry: boolean;
  imports: string[];
  dynamicImports: string[];
  modules: string[]; // repository-relative module ids (node_modules/<pkg>/… for packages)
  css: string[];
};

export type BuiltApp = { outDir: string; chunks: Map<string, BuiltChunk>; html: string };

const relative = (id: string) => {
  const clean = id.replace(/^\0/, '').replace(/\?.*$/, '');
  const inModules = clean.lastIndexOf('/node_modules/');
  if (inModules >= 0) return clean.slice(inModules + 1);
  return clean.startsWith(REPO) ? clean.slice(REPO.length + 1) : clean;
};

// Records which modules ended up in which chunk, so the bench can say what is initial.
const chunkGraph = (chunks: Map<string, BuiltChunk>): Plugin => ({
  name: 'bench-chunk-graph',
  generateBundle(_options, bundle) {
    for (const output of Object.values(bundle)) {
      if (output.type !== 'chunk') continue;
      const meta = (output as { viteMetadata?: { importedCss?: Set<string> } }).viteMetadata;
      chunks.set(output.fileName, {
        fileName: output.fileName,
        isEntry: output.isEntry,
        isDynamicEntry: output.isDynamicEntry,
        imports: [...output.imports],
        dynamicImports: [...output.dynamicImports],
        modules: Object.keys(output.modules).map(relative),
        css: [...(meta?.importedCss ?? [])],
      });
    }
  },
});

export const buildStudio = async (outDir: string, { sourcemap = false } = {}): Promise<BuiltApp> => {
  const chunks = new Map<string, BuiltChunk>();
  await build({
    configFile: resolve(REPO, 'vite.config.ts'),
    root: REPO,
    logLevel: 'warn',
    plugins: [chunkGraph(chunks)],
    build: { outDir, emptyOutDir: true, sourcemap, reportCompressedSize: false },
  });
  return { outDir, chunks, html: await readFile(join(outDir, 'index.html'), 'utf8') };
};

export const buildBaseline = async (outDir: string): Promise<BuiltApp> => {
  const chunks = new Map<string, BuiltChunk>();
  await build({
    configFile: false,
    root: resolve(REPO, 'bench/baseline'),
    logLevel: 'warn',
    plugins: [react(), precompressedAssets(), chunkGraph(chunks)],
    build: { outDir, emptyOutDir: true, reportCompressedSize: false },
  });
  return { outDir, chunks, html: await readFile(join(outDir, 'index.html'), 'utf8') };
};
