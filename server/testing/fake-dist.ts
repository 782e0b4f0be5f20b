import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';

// Test helper: a built studio's shape (index.html, a favicon, a hashed asset with its
// precompressed copies) in a temp dir, for the production server's tests.

export const ASSET = 'app-3f9a1c.js';
export const ASSET_TEXT = `export const studio = ${JSON.stringify('x'.repeat(4000))};\n`;

export const makeFakeDist = async (): Promise<string> => {
  const dir = await mkdtemp(join(tmpdir(), 'kling-dist-'));
  await mkdir(join(dir, 'assets'));
  await writeFile(join(dir, 'index.html'), '<!doctype html><title>Kling Studio</title><div id="root"></div>');
  await writeFile(join(dir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  await writeFile(join(dir, 'assets', ASSET), ASSET_TEXT);
  await writeFile(join(dir, 'assets', `${ASSET}.br`), brotliCompressSync(ASSET_TEXT));
  await writeFile(join(dir, 'assets', `${ASSET}.gz`), gzipSync(ASSET_TEXT));
  return dir;
};
