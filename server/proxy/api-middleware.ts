import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Connect, Logger } from 'vite';
import { DEFAULT_MAX_IN_FLIGHT } from '../config/server-env.ts';
import { routeApi, type RouteOptions } from './api-routes.ts';
import { clientKey, createInFlightLimit, tooManyInFlight } from './in-flight-limit.ts';
import { proxyError, sendProxyResponse, type ApiResponse } from './proxy-response.ts';
import { redact } from './redact.ts';
import { checkHost, runChecks } from './request-checks.ts';
import { checkStudioToken } from './studio-token.ts';

export const API_PREFIX = '/api';

export type ApiMiddlewareOptions = RouteOptions & {
  allowedHosts: readonly string[] | true;
  logger: Pick<Logger, 'info'>;
  /** STUDIO_TOKEN: when set, every /api request must carry it. */
  studioToken?: string;
  maxInFlight?: number;
  /** Answers 503 to everything (the server is refusing to run, see studio-plugin). */
  refusal?: () => string | null;
};

const send = async (res: ServerResponse, response: ApiResponse, secrets: (string | undefined)[]) => {
  if (res.headersSent || res.destroyed) return;
  if ('stream' in response) return response.stream(res);
  const body = typeof response.body === 'string' ? redact(response.body, ...secrets) : response.body;
  sendProxyResponse(res, { ...response, body });
};

/**
 * The /api policy: the Host check, the access token, a limit on requests in flight per
 * client, then the routes (api-routes.ts); one redacted log line per request.
 */
export const createApiMiddleware = (options: ApiMiddlewareOptions): Connect.NextHandleFunction => {
  const limit = createInFlightLimit(options.maxInFlight ?? DEFAULT_MAX_IN_FLIGHT);
  const checks = [checkHost(options.allowedHosts), checkStudioToken(options.studioToken)];

  const handle = async (req: IncomingMessage, res: ServerResponse, path: string, query: URLSearchParams) => {
    const refused = options.refusal?.();
    if (refused) return proxyError(503, 'unavailable', refused);
    const refusal = runChecks(req, checks);
    if (refusal) return refusal;
    const release = limit.acquire(clientKey(req.socket.remoteAddress));
    if (!release) return tooManyInFlight(options.maxInFlight ?? DEFAULT_MAX_IN_FLIGHT);
    // 'close' comes once the answer is sent or the connection is gone, whichever is first.
    // The signal exists only for the routes that ask for it (downloads): creating and
    // aborting one per poll (a DOMException each) was a measurable part of the proxy's cost.
    let closed = false;
    let gone: AbortController | null = null;
    res.once('close', () => {
      closed = true;
      release();
      gone?.abort();
    });
    const signal = () => {
      gone ??= new AbortController();
      if (closed) gone.abort();
      return gone.signal;
    };
    return routeApi(req, path, query, options, signal);
  };

  return (req, res: ServerResponse, next) => {
    const url = req.url ?? '';
    const mark = url.indexOf('?');
    const rawPath = mark < 0 ? url : url.slice(0, mark);
    if (rawPath !== API_PREFIX && !rawPath.startsWith(`${API_PREFIX}/`)) return next();
    const started = performance.now();
    const secrets = () => [options.upstream.secret(), options.studioToken];
    const query = new URLSearchParams(mark < 0 ? '' : url.slice(mark + 1));
    void handle(req, res, rawPath.slice(API_PREFIX.length), query)
      .catch((error: unknown) => {
        const reason = error instanceof Error ? error.message : String(error);
        return proxyError(500, 'internal_error', `The studio server failed: ${reason}`);
      })
      .then((response) => send(res, response, secrets()))
      .catch(() => res.destroy())
      .finally(() => {
        // Method, path (never the query: it may hold a prompt), status and time only.
        const ms = Math.round(performance.now() - started);
        const status = res.headersSent ? res.statusCode : 'no-answer';
        options.logger.info(redact(`[api] ${req.method} ${rawPath} ${status} ${ms}ms`, ...secrets()), { timestamp: true });
      });
  };
};
