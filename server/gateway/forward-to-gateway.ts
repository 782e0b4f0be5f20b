import { request as httpRequest, type OutgoingHttpHeaders } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { sharedGatewayAgents, type GatewayAgents } from './gateway-agents.ts';
import { proxyError, type ProxyResponse } from './proxy-response.ts';
import { cleanAnswer } from './gateway-answer.ts';
import { redact } from './redact.ts';

export const MAX_RESPONSE_BYTES = 4 * 1024 * 1024;

export type GatewayTarget = { baseUrl: string; apiKey: string };

export type ForwardOptions = GatewayTarget & {
  timeoutMs: number;
  maxResponseBytes?: number;
  /** Keep-alive connection pools; a shared pair when not given. */
  agents?: GatewayAgents;
};

export type GatewayRequest = { method: 'GET' | 'POST'; path: string; body?: string };

const tooLarge = () => proxyError(502, 'upstream_too_large', 'The gateway answered with more data than the studio accepts');
const timedOut = () => proxyError(504, 'upstream_timeout', 'The gateway did not answer in time');

const unreachable = (error: unknown, apiKey: string): ProxyResponse => {
  const code = error instanceof Error && 'code' in error && typeof error.code === 'string' ? ` (${error.code})` : '';
  return proxyError(502, 'upstream_unreachable', redact(`The gateway could not be reached${code}`, apiKey));
};

type Base = { https: boolean; hostname: string; port: string; path: string };
// Parsed once per base URL (there is one per studio), not once per request.
const bases = new Map<string, Base>();
const parseBase = (baseUrl: string): Base => {
  let base = bases.get(baseUrl);
  if (!base) {
    const url = new URL(baseUrl);
    // [::1] → ::1 for the socket.
    const hostname = url.hostname.replace(/^\[(.*)\]$/, '$1');
    base = { https: url.protocol === 'https:', hostname, port: url.port, path: url.pathname.replace(/\/+$/, '') };
    if (bases.size > 16) bases.clear();
    bases.set(baseUrl, base);
  }
  return base;
};

/** A socket the gateway closed while it sat idle in the pool: the request never reached it. */
const isStaleSocket = (error: unknown) =>
  error instanceof Error && 'code' in error && (error.code === 'ECONNRESET' || error.code === 'EPIPE');

/**
 * Sends one allow-listed request to the gateway with the studio's key and nothing from
 * the browser, and returns the status, Content-Type, Retry-After and body only, cleaned
 * of the key in any form (gateway-answer.ts). The gateway's answers carry its bytes; the forwarder's own failures (timeout, unreachable,
 * redirect, too large) are studio_proxy errors with a string body. node:http on a
 * keep-alive pool: fetch's Request/Response/web-stream objects cost more than the hop.
 */
export const forwardToGateway = (request: GatewayRequest, options: ForwardOptions): Promise<ProxyResponse> =>
  new Promise((resolve) => {
    const { apiKey, timeoutMs, maxResponseBytes = MAX_RESPONSE_BYTES, agents = sharedGatewayAgents } = options;
    const base = parseBase(options.baseUrl);
    const headers: OutgoingHttpHeaders = { Authorization: `Bearer ${apiKey}`, Accept: 'application/json' };
    const body = request.body === undefined ? undefined : Buffer.from(request.body);
    if (body) {
      headers['Content-Type'] = 'application/json';
      headers['Content-Length'] = body.byteLength;
    }
    let settled = false;
    const settle = (response: ProxyResponse) => {
      if (settled) return;
      settled = true;
      clearTimeout(deadline);
      resolve(response);
    };

    const attempt = (retry: boolean) => {
      const send = base.https ? httpsRequest : httpRequest;
      const req = send({
        hostname: base.hostname,
        port: base.port,
        // The contract's path as matched (no decoding or normalizing on the way).
        path: `${base.path}${request.path}`,
        method: request.method,
        headers,
        agent: base.https ? agents.https : agents.http,
      });
      current = req;
      req.on('error', (error) => {
        // Retried once, and only a query: a create that may have arrived must not be sent twice.
        if (retry && req.reusedSocket && request.method === 'GET' && isStaleSocket(error) && !settled) return attempt(false);
        settle(unreachable(error, apiKey));
      });
      req.on('response', (response) => {
        // A redirect could carry the key elsewhere; the contract has none.
        if (response.statusCode !== undefined && response.statusCode >= 300 && response.statusCode < 400) {
          response.destroy();
          return settle(proxyError(502, 'upstream_redirect', `The gateway answered with a redirect (${response.statusCode})`));
        }
        if (Number(response.headers['content-length']) > maxResponseBytes) {
          response.destroy();
          return settle(tooLarge());
        }
        const chunks: Buffer[] = [];
        let size = 0;
        response.on('data', (chunk: Buffer) => {
          size += chunk.byteLength;
          // Beyond the cap the rest is not buffered: the connection is dropped.
          if (size > maxResponseBytes) {
            response.destroy();
            settle(tooLarge());
          } else chunks.push(chunk);
        });
        // Cleaning may take a turn of the thread pool (a compressed body): 'close' comes meanwhile.
        let ended = false;
        response.on('end', () => {
          ended = true;
          void cleanAnswer(response.statusCode ?? 502, response.headers, Buffer.concat(chunks, size), {
            apiKey,
            maxBytes: maxResponseBytes,
          }).then(settle);
        });
        // Cut short (the gateway closed mid-body): 'close' without 'end'. 'close' also follows
        // every complete answer; the error is built only when there is one (an Error and its
        // stack per poll were a measurable part of the proxy's cost).
        response.on('close', () => {
          if (!settled && !ended) settle(unreachable(response.errored ?? new Error('aborted'), apiKey));
        });
      });
      req.end(body);
    };

    let current: ReturnType<typeof httpRequest> | null = null;
    // One deadline for the connection, the headers and the body together.
    const deadline = setTimeout(() => {
      settle(timedOut());
      current?.destroy();
    }, timeoutMs);
    attempt(true);
  });
