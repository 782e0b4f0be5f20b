import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Connect, Logger } from 'vite';
import { DEFAULT_MAX_IN_FLIGHT } from '../config/server-env.ts';
import { routeApi, type RouteOptions } from './api-routes.ts';
import { createBodyBudget, type BodyBudget } from './body-budget.ts';
import { HEALTH_PATH } from './health-route.ts';
import { createReadiness, READY_PATH } from './ready-route.ts';
import { requestClient } from './forwarded.ts';
import { createInFlightLimit, tooManyInFlight } from './in-flight-limit.ts';
import { jsonResponse, proxyError, sendProxyResponse, type ApiResponse } from '../gateway/proxy-response.ts';
import { redact } from '../gateway/redact.ts';
import { scrubBody, scrubHeaders } from '../gateway/scrub-answer.ts';
import { checkHost, runChecks } from './request-checks.ts';
import { checkStudioToken } from './studio-token.ts';

export const API_PREFIX = '/api';

export type ApiMiddlewareOptions = Omit<RouteOptions, 'bodyBudget' | 'readiness'> & {
  /** The request bytes held at once across all clients; one of its own when not given (body-budget.ts). */
  bodyBudget?: BodyBudget;
  allowedHosts: readonly string[] | true;
  logger: Pick<Logger, 'info'>;
  /** STUDIO_TOKEN: when set, every /api request must carry it. */
  studioToken?: string;
  maxInFlight?: number;
  /** Answers 503 to everything (the server is refusing to run, see studio-plugin). */
  refusal?: () => string | null;
};

// The last gate before the browser: the gateway's answers were cleaned of the key on
// arrival (server/gateway/gateway-answer.ts); this holds every answer, the studio's own
// texts included, to both secrets. Streams (clips, zips) write their own head and carry
// no server text but MISSING.txt, which stream-zip.ts redacts.
const send = async (res: ServerResponse, response: ApiResponse, secrets: (string | undefined)[]) => {
  if (res.headersSent || res.destroyed) return;
  if ('stream' in response) return response.stream(res);
  const scrubbed = scrubBody(response.body, secrets);
  const clean = scrubbed.ok
    ? { ...response, headers: scrubHeaders(response.headers, secrets), body: scrubbed.body }
    : proxyError(500, 'internal_error', 'The studio withheld an answer that would have revealed one of its secrets');
  sendProxyResponse(res, clean);
};

/**
 * The /api policy: the Host check, the access token, a limit on requests in flight per
 * client, then the routes (api-routes.ts); one redacted log line per request.
 */
export const createApiMiddleware = (options: ApiMiddlewareOptions): Connect.NextHandleFunction => {
  const limit = createInFlightLimit(options.maxInFlight ?? DEFAULT_MAX_IN_FLIGHT);
  const routeOptions: RouteOptions = { ...options, bodyBudget: options.bodyBudget ?? createBodyBudget(), readiness: createReadiness() };
  const hostCheck = checkHost(options.allowedHosts);
  const tokenCheck = checkStudioToken(options.studioToken);

  // A balancer's or an orchestrator's probe holds no token: without one, /api/health says
  // only that the process answers and /api/ready only whether the gateway does. The mode
  // and the gateway's host are for the studio's own page (docs/deployment.md, "Health and readiness").
  const anonymousProbe = async (req: IncomingMessage, path: string, query: URLSearchParams): Promise<ApiResponse | null> => {
    if (req.method !== 'GET' || (path !== HEALTH_PATH && path !== READY_PATH)) return null;
    if (path === HEALTH_PATH) return jsonResponse(200, { alive: true });
    const answer = await routeApi(req, path, query, routeOptions, () => AbortSignal.abort());
    return 'stream' in answer ? answer : jsonResponse(answer.status, { ready: answer.status === 200 });
  };

  const handle = async (req: IncomingMessage, res: ServerResponse, path: string, query: URLSearchParams) => {
    const refused = options.refusal?.();
    if (refused) return proxyError(503, 'unavailable', refused);
    const refusal = runChecks(req, [hostCheck]);
    if (refusal) return refusal;
    const unauthorized = tokenCheck(req);
    if (unauthorized) return (await anonymousProbe(req, path, query)) ?? unauthorized;
    // 'close' comes once the answer is sent or the connection is gone, whichever is first.
    // The signal exists only for the routes that ask for it (downloads): creating and
    // aborting one per poll (a DOMException each) was a measurable part of the proxy's cost.
    let closed = false;
    let gone: AbortController | null = null;
    let release: (() => void) | null = null;
    res.once('close', () => {
      closed = true;
      release?.();
      gone?.abort();
    });
    const signal = () => {
      gone ??= new AbortController();
      if (closed) gone.abort();
      return gone.signal;
    };
    // The routes take the slot when the request is ready to go upstream (a create once its
    // body has arrived); a client already gone takes none.
    const takeSlot = () => {
      if (closed) return proxyError(400, 'invalid_request', 'The client went away');
      release = limit.acquire(requestClient(req));
      return release ? null : tooManyInFlight(options.maxInFlight ?? DEFAULT_MAX_IN_FLIGHT);
    };
    return routeApi(req, path, query, routeOptions, signal, takeSlot);
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
