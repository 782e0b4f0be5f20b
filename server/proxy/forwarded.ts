import type { IncomingMessage } from 'node:http';
import { clientKey } from './in-flight-limit.ts';

// What a trusted reverse proxy says about a request: the scheme the browser used
// (X-Forwarded-Proto: TLS ends at the proxy) and the browser's address (X-Forwarded-For:
// otherwise every client shares the proxy's address, and its in-flight slots). Believed
// only from the addresses listed in TRUSTED_PROXIES; the dev server trusts no one.
// Kept beside the request, not in its headers, so a client cannot write it.

type Forwarded = { scheme: 'http' | 'https'; client: string };

const forwarded = new WeakMap<object, Forwarded>();

type SocketOf = { socket: object };

const encrypted = (req: SocketOf) => 'encrypted' in req.socket && Boolean(req.socket.encrypted);

/** The scheme the browser used: the trusted proxy's word, else the socket's own. */
export const requestScheme = (req: SocketOf): 'http' | 'https' => forwarded.get(req)?.scheme ?? (encrypted(req) ? 'https' : 'http');

/** The browser's address: the trusted proxy's word, else the socket's peer. */
export const requestClient = (req: Pick<IncomingMessage, 'socket'>): string =>
  forwarded.get(req)?.client ?? clientKey(req.socket.remoteAddress);

const firstValue = (header: string | string[] | undefined) =>
  (Array.isArray(header) ? header[0] : header)?.split(',')[0]?.trim().toLowerCase();

/**
 * Reads X-Forwarded-Proto and X-Forwarded-For from a trusted proxy: the client is the
 * rightmost address that is not itself a trusted proxy (what nginx's realip does), since
 * everything left of it was written by whoever the client was.
 */
export const createForwardedReader = (trustedProxies: readonly string[]) => {
  const trusted = new Set(trustedProxies.map((address) => clientKey(address)));
  return (req: IncomingMessage): void => {
    const peer = clientKey(req.socket.remoteAddress);
    if (!trusted.has(peer)) return;
    const chain = (
      Array.isArray(req.headers['x-forwarded-for']) ? req.headers['x-forwarded-for'].join(',') : (req.headers['x-forwarded-for'] ?? '')
    )
      .split(',')
      .map((address) => clientKey(address.trim()))
      .filter((address) => address !== '');
    let client = peer;
    for (let index = chain.length - 1; index >= 0; index--) {
      client = chain[index]!;
      if (!trusted.has(client)) break;
    }
    const proto = firstValue(req.headers['x-forwarded-proto']);
    forwarded.set(req, { scheme: proto === 'https' ? 'https' : proto === 'http' ? 'http' : encrypted(req) ? 'https' : 'http', client });
  };
};
