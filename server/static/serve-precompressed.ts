import type { OutgoingHttpHeaders, ServerResponse } from 'node:http';
import sirv from 'sirv';
import type { Connect } from 'vite';

// A content-hashed file never changes under its name: a changed file gets a new one.
const FOR_GOOD = 'public,max-age=31536000,immutable';

/**
 * Serves the built, content-hashed assets from the copies precompressed-assets.ts wrote
 * (sirv, the static server Vite bundles a patched copy of):
 * Brotli or gzip as the browser accepts, nothing compressed per request, and cached for
 * good. Anything it does not find falls through to Vite's own static server.
 */
export const servePrecompressedAssets = (assetsDir: string, previewHeaders: OutgoingHttpHeaders = {}): Connect.NextHandleFunction => {
  // sirv replaces Vary; what Vite's CORS middleware put there (Origin) must stay.
  const varyBefore = new WeakMap<ServerResponse, string>();
  const serve = sirv(assetsDir, {
    // Looked up on each request, not indexed once: a build made while the server runs
    // deletes the files it indexed, and sirv's read of a vanished file is an unhandled
    // stream error that would stop the server. A few stat calls per asset are the price.
    dev: true,
    brotli: true,
    gzip: true,
    etag: true,
    extensions: [],
    setHeaders: (res) => {
      // What `preview.headers` asks for, as Vite's static server would send it.
      for (const [name, value] of Object.entries(previewHeaders)) if (value !== undefined) res.setHeader(name, value);
      // `dev` would send no-cache.
      res.setHeader('Cache-Control', FOR_GOOD);
      const before = varyBefore.get(res);
      if (before) res.setHeader('Vary', /accept-encoding/i.test(before) ? before : `${before}, Accept-Encoding`);
    },
  });
  return (req, res, next) => {
    const before = res.getHeader('Vary');
    if (before !== undefined) varyBefore.set(res, String(before));
    serve(req, res, next);
  };
};
