import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Connect, Logger } from 'vite';
import { matchGatewayRoute } from '../../src/api/gateway-routes.ts';
import { forwardToGateway } from './forward-to-gateway.ts';
import { HEALTH_PATH, healthResponse } from './health-route.ts';
import { notFound, proxyError, sendProxyResponse, type ProxyResponse } from './proxy-response.ts';
import { MAX_REQUEST_BYTES, readJsonObjectBody } from './read-body.ts';
import { redact } from './redact.ts';
import { checkHost, checkJsonContentType, checkOrigin, runChecks } from './request-checks.ts';
import type { Upstream, UpstreamHandle } from './upstream.ts';

export const API_PREFIX = '/api';

export type ApiMiddlewareOptions = {
  upstream: UpstreamHandle;
  allowedHosts: readonly string[] | true;
  upstreamTimeoutMs: number;
  logger: Pick<Logger, 'info'>;
  maxRequestBytes?: number;
  fetch?: typeof fetch;
};

const METHODS = ['GET', 'POST'] as const;

const methodNotAllowed = (allowed: readonly string[]) =>
  proxyError(405, 'method_not_allowed', 'Method not allowed', { Allow: allowed.join(', ') });

const withUpstream = async (
  upstream: UpstreamHandle,
  answer: (target: Upstream) => Promise<ProxyResponse> | ProxyResponse,
): Promise<ProxyResponse> => {
  let target: Upstream;
  try {
    target = await upstream.ready();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return proxyError(502, 'upstream_unreachable', `The simulator did not start: ${reason}`);
  }
  return answer(target);
};

const handle = async (req: IncomingMessage, path: string, options: ApiMiddlewareOptions): Promise<ProxyResponse> => {
  const method = req.method ?? 'GET';
  const hostRefusal = runChecks(req, [checkHost(options.allowedHosts)]);
  if (hostRefusal) return hostRefusal;

  if (path === HEALTH_PATH)
    return method === 'GET' ? withUpstream(options.upstream, healthResponse) : methodNotAllowed(['GET']);

  // The raw path, undecoded: `..`, `%2F` and `//` then simply fail to match.
  const route = matchGatewayRoute(method, path);
  if (!route) {
    const allowed = METHODS.filter((other) => matchGatewayRoute(other, path) !== null);
    return allowed.length > 0 ? methodNotAllowed(allowed) : notFound();
  }
  if (route.action === 'query')
    return withUpstream(options.upstream, (target) =>
      forwardToGateway({ method: 'GET', path }, { ...target, timeoutMs: options.upstreamTimeoutMs, fetch: options.fetch }),
    );

  const refusal = runChecks(req, [checkOrigin, checkJsonContentType]);
  if (refusal) return refusal;
  const body = await readJsonObjectBody(req, options.maxRequestBytes ?? MAX_REQUEST_BYTES);
  if (!body.ok) return body.response;
  return withUpstream(options.upstream, (target) =>
    forwardToGateway(
      { method: 'POST', path, body: body.text },
      { ...target, timeoutMs: options.upstreamTimeoutMs, fetch: options.fetch },
    ),
  );
};

/** The /api policy: health, the contract's routes to the gateway, JSON 404 for the rest. */
export const createApiMiddleware =
  (options: ApiMiddlewareOptions): Connect.NextHandleFunction =>
  (req, res: ServerResponse, next) => {
    const rawPath = (req.url ?? '').split('?')[0] ?? '';
    if (rawPath !== API_PREFIX && !rawPath.startsWith(`${API_PREFIX}/`)) return next();
    const started = performance.now();
    void handle(req, rawPath.slice(API_PREFIX.length), options)
      .catch((error: unknown) => {
        const reason = error instanceof Error ? error.message : String(error);
        return proxyError(500, 'internal_error', `The studio server failed: ${reason}`);
      })
      .then((response) => {
        const secret = options.upstream.secret();
        const safe = { ...response, body: typeof response.body === 'string' ? redact(response.body, secret) : response.body };
        if (!res.headersSent && !res.destroyed) sendProxyResponse(res, safe);
        const ms = Math.round(performance.now() - started);
        options.logger.info(redact(`[api] ${req.method} ${rawPath} ${response.status} ${ms}ms`, secret), {
          timestamp: true,
        });
      })
      .catch(() => res.destroy());
  };
