import { existsSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import sirv from 'sirv';
import type { Connect } from 'vite';

const A_YEAR_IN_SECONDS = 31_536_000;

/**
 * Serves the built, content-hashed assets from the copies precompressed-assets.ts wrote:
 * Brotli or gzip as the browser accepts, nothing compressed per request, and cached for
 * good (a changed file gets a new name). Anything it does not know falls through to
 * Vite's own static server.
 */
export const servePrecompressedAssets = (assetsDir: string): Connect.NextHandleFunction | null => {
  // Before a build there is nothing to index; Vite's preview says so itself.
  if (!existsSync(assetsDir)) return null;
  // sirv replaces Vary; what Vite's CORS middleware put there (Origin) must stay.
  const varyBefore = new WeakMap<ServerResponse, string>();
  const serve = sirv(assetsDir, {
    // Not `dev`: the build is fixed while it is served, so files are indexed once at start.
    dev: false,
    brotli: true,
    gzip: true,
    etag: true,
    immutable: true,
    maxAge: A_YEAR_IN_SECONDS,
    extensions: [],
    setHeaders: (res) => {
      const before = varyBefore.get(res);
      if (before) res.setHeader('Vary', `${before}, Accept-Encoding`);
    },
  });
  return (req, res, next) => {
    const before = res.getHeader('Vary');
    if (before !== undefined) varyBefore.set(res, String(before));
    serve(req, res, next);
  };
};
