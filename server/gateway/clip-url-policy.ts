import { promises as dns, type LookupAddress, type LookupOptions } from 'node:dns';
import { isIP, type LookupFunction } from 'node:net';
import { classifyAddress } from './address-policy.ts';

// Where a clip may be fetched from (issue 7): http(s) only, no credentials in the URL,
// and never a loopback, private, link-local or unique-local address, checked for every
// address a name resolves to, at connect time (so a DNS answer cannot change between
// the check and the connection). The one exception is the trusted origin: the gateway
// (or embedded simulator) the studio already talks to with its key.

export class RefusedClipAddress extends Error {
  override readonly name = 'RefusedClipAddress';
}

/** Every address a name resolves to, of both families. */
export type ResolveHost = (hostname: string) => Promise<LookupAddress[]>;

export type ClipPolicy = { trustedOrigin: string | null; resolve?: ResolveHost };

const resolveAll: ResolveHost = (hostname) => dns.lookup(hostname, { all: true, verbatim: true });

const refusedAddress = (host: string, address: string, kind: string) =>
  new RefusedClipAddress(
    `The clip address ${host} points to a ${kind} network address (${address}); the studio only fetches clips from public hosts`,
  );

/** A reason to refuse this URL before connecting, or null. */
export const refuseClipUrl = (url: URL, policy: ClipPolicy): string | null => {
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return `The clip address uses ${url.protocol.replace(':', '')}; the studio only fetches http and https clips`;
  if (url.username || url.password)
    return 'The clip address contains a user name or password; the studio does not send credentials to clip hosts';
  if (url.origin === policy.trustedOrigin) return null;
  const host = url.hostname.replace(/^\[|\]$/g, '');
  // Literal addresses are connected to without a lookup, so they are checked here.
  if (isIP(host) !== 0) {
    const kind = classifyAddress(host);
    if (kind !== 'public') return refusedAddress(url.hostname, host, kind).message;
  }
  return null;
};

/** A `lookup` for http.request that resolves every address and refuses the name if any of them is not public. */
export const guardedLookup =
  (policy: ClipPolicy): LookupFunction =>
  (hostname, options: LookupOptions, callback) => {
    (policy.resolve ?? resolveAll)(hostname).then(
      (addresses) => {
        const bad = addresses.find((entry) => classifyAddress(entry.address) !== 'public');
        if (bad) return callback(refusedAddress(hostname, bad.address, classifyAddress(bad.address)), '', 0);
        const family = options.family === 4 || options.family === 6 ? options.family : 0;
        const usable = addresses.filter((entry) => family === 0 || entry.family === family);
        if (usable.length === 0)
          return callback(Object.assign(new Error(`${hostname} has no usable address`), { code: 'ENOTFOUND' }), '', 0);
        if (options.all) return callback(null, usable);
        callback(null, usable[0]!.address, usable[0]!.family);
      },
      (error: NodeJS.ErrnoException) => callback(error, '', 0),
    );
  };

/** The lookup to connect with: the trusted origin is reached as configured, anything else guarded. */
export const lookupFor = (url: URL, policy: ClipPolicy): LookupFunction | undefined =>
  url.origin === policy.trustedOrigin ? undefined : guardedLookup(policy);
