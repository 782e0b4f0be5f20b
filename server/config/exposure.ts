import { isIP } from 'node:net';
import { classifyAddress } from '../gateway/address-policy.ts';
import type { ServerEnv } from './server-env.ts';

// `vite --host` (or `server.host: true`) makes the studio reachable by anyone on the
// network; with a real key that means anyone can spend the account's credits.

export type ListenHost = string | boolean | undefined;

/** 'loopback', 'exposed', or 'unknown' for a host name that only the listening address can settle. */
export const hostReach = (host: ListenHost): 'loopback' | 'exposed' | 'unknown' => {
  if (host === undefined || host === false) return 'loopback'; // Vite's default is localhost
  if (host === true) return 'exposed';
  const name = host
    .trim()
    .toLowerCase()
    .replace(/^\[|\]$/g, '');
  if (name === 'localhost' || name.endsWith('.localhost')) return 'loopback';
  if (isIP(name) === 0) return 'unknown';
  return classifyAddress(name) === 'loopback' ? 'loopback' : 'exposed';
};

export const needsAccessToken = (env: Pick<ServerEnv, 'mode' | 'studioToken'>): boolean =>
  env.mode === 'gateway' && env.studioToken === undefined;

export const exposedWithoutTokenMessage = (where: string) =>
  `Kling Studio refuses to start: ${where} makes the studio reachable from other machines, and it holds a real ` +
  'gateway key (KLING_API_KEY), so anyone on the network could generate videos on your account. ' +
  'Set STUDIO_TOKEN to a long random value (e.g. `openssl rand -hex 24`) and open ' +
  'http://<this-machine>:<port>/?token=<STUDIO_TOKEN> once in each browser, or listen on localhost only (drop --host).';

/** Throws before the server listens when the configured host is beyond loopback and no token guards the key. */
export const assertAccessToken = (env: Pick<ServerEnv, 'mode' | 'studioToken'>, host: ListenHost, option: string) => {
  if (needsAccessToken(env) && hostReach(host) === 'exposed')
    throw new Error(exposedWithoutTokenMessage(`${option} = ${JSON.stringify(host)}`));
};
