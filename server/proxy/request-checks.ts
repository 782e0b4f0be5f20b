import type { IncomingHttpHeaders } from 'node:http';
import { isIP } from 'node:net';
import { requestScheme } from './forwarded.ts';
import { proxyError, type ProxyResponse } from '../gateway/proxy-response.ts';

export type CheckedRequest = { method?: string; headers: IncomingHttpHeaders; socket: object };

/** A policy check answers null to let the request through, or the response that refuses it. */
export type RequestCheck = (req: CheckedRequest) => ProxyResponse | null;

export const runChecks = (req: CheckedRequest, checks: RequestCheck[]): ProxyResponse | null => {
  for (const check of checks) {
    const refusal = check(req);
    if (refusal) return refusal;
  }
  return null;
};

const isSafeMethod = (method: string | undefined) => method === 'GET' || method === 'HEAD';

const hostHeader = (req: CheckedRequest): string | undefined => {
  const host = req.headers.host ?? req.headers[':authority'];
  return typeof host === 'string' ? host : undefined;
};

/** scheme://host of the request itself, from the socket (TLS or not, or a trusted proxy's word) and the Host header. */
export const ownOrigin = (req: CheckedRequest): string | null => {
  const host = hostHeader(req);
  if (!host) return null;
  const scheme = requestScheme(req);
  try {
    return new URL(`${scheme}://${host}`).origin;
  } catch {
    return null;
  }
};

/** Whether an `Origin` header names the studio itself (`null` and garbage never do). */
const isOwnOrigin = (origin: string, req: CheckedRequest): boolean => {
  let claimed: string | null = null;
  try {
    claimed = new URL(origin).origin;
  } catch {
    // `Origin: null` (sandboxed frames, file://) lands here and is refused.
  }
  return claimed !== null && claimed !== 'null' && claimed === ownOrigin(req);
};

/** A state-changing request whose browser says it comes from another site is refused. */
export const checkOrigin: RequestCheck = (req) => {
  if (isSafeMethod(req.method)) return null;
  const origin = req.headers.origin;
  if (origin === undefined || isOwnOrigin(origin, req)) return null;
  return proxyError(403, 'cross_origin', 'Cross-origin requests to the studio API are not allowed');
};

// What a browser says for the studio's own page (`same-origin`: its fetches, an
// `<a download>` clicked on it, a link it opens in a new tab) and for what the person
// does directly (`none`: a typed URL, a bookmark, a download manager). `same-site` is
// refused: it is another port or subdomain of the same host, which on localhost is just
// another local app, exactly the page this check is for. Unknown values are refused too.
const OWN_FETCH_SITES = new Set(['same-origin', 'none']);

/**
 * A GET that spends the key (a lookup at the gateway, a clip, a zip of 50 lookups) is
 * refused when the browser says another site sent it: `Sec-Fetch-Site` other than
 * same-origin or none, or an `Origin` that is not the studio's own. A GET has no body, so
 * checkOrigin lets it through; but `<img src>` or `<a href>` on any page can send one.
 * A request with neither header (curl, a script, an old browser) passes: no page is
 * riding on someone's browser there.
 */
export const checkSameSiteRead: RequestCheck = (req) => {
  const header = req.headers['sec-fetch-site'];
  const site = Array.isArray(header) ? header.join(', ') : header;
  const origin = req.headers.origin;
  const foreign =
    (site !== undefined && !OWN_FETCH_SITES.has(site.trim().toLowerCase())) || (origin !== undefined && !isOwnOrigin(origin, req));
  return foreign
    ? proxyError(403, 'cross_origin', 'Requests from another site to the studio API are not allowed: download from the studio page itself')
    : null;
};

// A JSON content type cannot be sent cross-site without a CORS preflight, which the
// proxy never grants: a second lock behind the Origin check.
export const checkJsonContentType: RequestCheck = (req) => {
  if (isSafeMethod(req.method)) return null;
  const type = req.headers['content-type']?.split(';')[0]?.trim().toLowerCase();
  if (type === 'application/json') return null;
  return proxyError(415, 'unsupported_media_type', 'Send the request body as application/json');
};

const hostnameOf = (host: string): string | null => {
  if (host.startsWith('[')) {
    const end = host.indexOf(']');
    return end > 0 && isIP(host.slice(1, end)) === 6 ? host.slice(1, end) : null;
  }
  return host.split(':')[0] ?? null;
};

/**
 * Vite's own `allowedHosts` rule (IP literals, localhost, the configured names and
 * `.suffix` patterns). The /api routes sit in front of Vite's host check, so they repeat
 * it: without it a DNS-rebinding page could spend the key.
 */
export const checkHost =
  (allowedHosts: readonly string[] | true): RequestCheck =>
  (req) => {
    const host = hostHeader(req);
    if (allowedHosts === true || host === undefined) return null;
    const name = hostnameOf(host.trim().toLowerCase());
    const allowed =
      name !== null &&
      (isIP(name) !== 0 ||
        name === 'localhost' ||
        name.endsWith('.localhost') ||
        allowedHosts
          .map((entry) => entry.toLowerCase())
          .some((entry) => (entry.startsWith('.') ? name === entry.slice(1) || name.endsWith(entry) : name === entry)));
    return allowed
      ? null
      : proxyError(
          403,
          'forbidden_host',
          'This host name is not one the studio answers to: add it to server.allowedHosts (npm run dev, vite preview) or PUBLIC_ORIGINS (npm start)',
        );
  };
