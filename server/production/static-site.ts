import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import sirv from 'sirv';
import { servePrecompressedAssets } from '../static/serve-precompressed.ts';

// The built studio (dist/): the content-hashed assets from their precompressed copies,
// cached for good; everything else (index.html, the favicon) revalidated on each load,
// so a new deploy is picked up at once. The studio routes by the URL's hash, so its
// only page is `/`.

type Next = () => void;

const PAGE_HEADERS = {
  'Cache-Control': 'no-cache',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
};

export const createStaticSite = (distDir: string) => {
  const assets = servePrecompressedAssets(join(distDir, 'assets'));
  const files = sirv(distDir, {
    // Indexed once at start: dist/ does not change under a running production server.
    dev: false,
    etag: true,
    setHeaders: (res) => {
      for (const [name, value] of Object.entries(PAGE_HEADERS)) res.setHeader(name, value);
    },
  });
  return (req: IncomingMessage, res: ServerResponse, next: Next) => {
    const url = req.url ?? '/';
    if (url.startsWith('/assets/')) {
      // servePrecompressedAssets is mounted under /assets, as connect would strip it.
      const original = req.url;
      req.url = url.slice('/assets'.length);
      return assets(req as never, res, () => {
        req.url = original;
        next();
      });
    }
    files(req, res, next);
  };
};
