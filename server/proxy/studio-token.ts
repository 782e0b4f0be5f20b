import { createHash, timingSafeEqual } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import type { Connect } from 'vite';
import { requestScheme } from './forwarded.ts';
import { proxyError } from '../gateway/proxy-response.ts';
import type { CheckedRequest, RequestCheck } from './request-checks.ts';

// STUDIO_TOKEN: the access token of a studio shared beyond loopback. The person opens
// http://host:port/?token=… once; the server answers with an HttpOnly SameSite=Strict
// cookie and a redirect that drops the token from the address bar (and so from history
// and Referer). /api then takes that cookie, or an X-Studio-Token header (scripts, bench).

export const TOKEN_COOKIE = 'kling_studio_token';
export const TOKEN_HEADER = 'x-studio-token';
export const TOKEN_PARAM = 'token';

const digest = (value: string) => createHash('sha256').update(value).digest();

/** Constant-time: hashing first makes both sides the same length whatever was sent. */
export const tokensMatch = (given: string | undefined, wanted: string): boolean =>
  given !== undefined && timingSafeEqual(digest(given), digest(wanted));

export const cookieValue = (header: string | undefined, name: string): string | undefined => {
  for (const part of (header ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at > 0 && part.slice(0, at).trim() === name) return part.slice(at + 1).trim();
  }
  return undefined;
};

const headerText = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

const carriesToken = (req: CheckedRequest, token: string) =>
  tokensMatch(headerText(req.headers[TOKEN_HEADER]), token) ||
  tokensMatch(cookieValue(headerText(req.headers.cookie), TOKEN_COOKIE), token);

/** Every /api request carries the token when one is configured. */
export const checkStudioToken =
  (token: string | undefined): RequestCheck =>
  (req) =>
    token === undefined || carriesToken(req, token)
      ? null
      : proxyError(
          401,
          'unauthorized',
          'This studio is shared on the network and needs its access token: open the link with ?token=… ' +
            'that whoever started it gave you (once per browser), or send the X-Studio-Token header',
        );

// `/x/..//evil.example` resolves to the path `//evil.example`, which a browser reads as
// another host: the redirect goes to a path on this origin only, its leading slashes one.
const ownPath = (url: URL) => `/${url.pathname.replace(/^[/\\]+/, '')}${url.search}`;

/** Answers `?token=` on page loads: sets the cookie and redirects to the same address without it. */
export const createTokenLanding =
  (token: string | undefined, apiPrefix: string): Connect.NextHandleFunction =>
  (req, res: ServerResponse, next) => {
    const target = req.url ?? '/';
    // Only origin-form targets; appended, not resolved: `//evil.example/?token=…` resolved
    // against a base would name a host.
    if (!target.startsWith('/')) return next();
    const url = new URL(`http://studio.invalid${target}`);
    const given = url.searchParams.get(TOKEN_PARAM);
    const isApi = url.pathname === apiPrefix || url.pathname.startsWith(`${apiPrefix}/`);
    if (token === undefined || given === null || isApi || (req.method !== 'GET' && req.method !== 'HEAD')) return next();
    const headers = { 'Cache-Control': 'no-store', 'Referrer-Policy': 'no-referrer' };
    if (!tokensMatch(given, token)) {
      res.writeHead(401, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' });
      return void res.end('This access link is not valid for this studio. Ask whoever started it for the current link.\n');
    }
    url.searchParams.delete(TOKEN_PARAM);
    const cookie = `${TOKEN_COOKIE}=${token}; Path=/; HttpOnly; SameSite=Strict${requestScheme(req) === 'https' ? '; Secure' : ''}`;
    res.writeHead(303, { ...headers, 'Set-Cookie': cookie, Location: ownPath(url) });
    res.end();
  };
