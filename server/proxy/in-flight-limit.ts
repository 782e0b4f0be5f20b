import { proxyError, type ProxyResponse } from '../gateway/proxy-response.ts';

// Requests in flight per client address: a runaway tab (or script) polling without
// waiting for answers gets 429 instead of queueing gateway calls on the account.

export type InFlightLimit = {
  /** A release function, or null when the client already has `max` requests in flight. */
  acquire(client: string): (() => void) | null;
  inFlight(client: string): number;
};

export const createInFlightLimit = (max: number): InFlightLimit => {
  const counts = new Map<string, number>();
  return {
    acquire: (client) => {
      const current = counts.get(client) ?? 0;
      if (current >= max) return null;
      counts.set(client, current + 1);
      let released = false;
      return () => {
        if (released) return;
        released = true;
        const left = (counts.get(client) ?? 1) - 1;
        if (left > 0) counts.set(client, left);
        else counts.delete(client);
      };
    },
    inFlight: (client) => counts.get(client) ?? 0,
  };
};

/** `::ffff:127.0.0.1` and `127.0.0.1` are one client. */
export const clientKey = (remoteAddress: string | undefined): string =>
  (remoteAddress ?? 'unknown').replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '');

export const tooManyInFlight = (max: number): ProxyResponse =>
  proxyError(
    429,
    'too_many_requests',
    `This browser already has ${max} studio requests in flight (PROXY_MAX_IN_FLIGHT); wait for them to finish`,
    { 'Retry-After': '1' },
  );
