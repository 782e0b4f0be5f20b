import type { IncomingMessage } from 'node:http';
import { matchGatewayRoute } from '../../src/api/gateway-routes.ts';
import {
  DEFAULT_BODY_TIMEOUT_MS,
  DEFAULT_DOWNLOAD_MAX_BYTES,
  DEFAULT_DOWNLOAD_TIMEOUT_MS,
  DEFAULT_DOWNLOAD_TOTAL_TIMEOUT_MS,
  DEFAULT_DOWNLOAD_ZIP_TIMEOUT_MS,
} from '../config/server-env.ts';
import type { ResolveHost } from '../gateway/clip-url-policy.ts';
import type { BodyBudget } from './body-budget.ts';
import type { ClipLimits } from '../download/open-clip.ts';
import { isDownloadPath } from '../download/download-request.ts';
import { routeDownload } from '../download/download-routes.ts';
import { forwardToGateway } from '../gateway/forward-to-gateway.ts';
import type { GatewayAgents } from '../gateway/gateway-agents.ts';
import { HEALTH_PATH, healthResponse } from './health-route.ts';
import { READY_PATH, type createReadiness } from './ready-route.ts';
import { notFound, proxyError, type ApiResponse, type ProxyResponse } from '../gateway/proxy-response.ts';
import { MAX_REQUEST_BYTES, readJsonObjectBody } from './read-body.ts';
import { checkJsonContentType, checkOrigin, checkSameSiteRead, runChecks } from './request-checks.ts';
import type { Upstream, UpstreamHandle } from './upstream.ts';

export type RouteOptions = {
  upstream: UpstreamHandle;
  upstreamTimeoutMs: number;
  maxRequestBytes?: number;
  download?: ClipLimits;
  /** Keep-alive connections to the gateway (the studio's own; a shared pair when not given). */
  agents?: GatewayAgents;
  /** The request bytes held at once across all clients (body-budget.ts). */
  bodyBudget: BodyBudget;
  /** GET /api/ready's probe of the gateway, remembered for a few seconds (ready-route.ts). */
  readiness: ReturnType<typeof createReadiness>;
  /** PROXY_BODY_TIMEOUT_MS: how long a request body may take to arrive. */
  bodyTimeoutMs?: number;
  /** Tests only: how clip host names resolve (the address checks still apply). */
  resolveClipHost?: ResolveHost;
};

const METHODS = ['GET', 'POST'] as const;
const DEFAULT_CLIP_LIMITS: ClipLimits = {
  maxBytes: DEFAULT_DOWNLOAD_MAX_BYTES,
  timeoutMs: DEFAULT_DOWNLOAD_TIMEOUT_MS,
  totalTimeoutMs: DEFAULT_DOWNLOAD_TOTAL_TIMEOUT_MS,
  zipTimeoutMs: DEFAULT_DOWNLOAD_ZIP_TIMEOUT_MS,
};

export const methodNotAllowed = (allowed: readonly string[]) =>
  proxyError(405, 'method_not_allowed', 'Method not allowed', { Allow: allowed.join(', ') });

const withUpstream = async (
  upstream: UpstreamHandle,
  answer: (target: Upstream) => Promise<ApiResponse> | ApiResponse,
): Promise<ApiResponse> => {
  let target: Upstream;
  try {
    target = await upstream.ready();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return proxyError(502, 'upstream_unreachable', `The simulator did not start: ${reason}`);
  }
  return answer(target);
};

// npm start hands browsers the embedded simulator's clips on its own origin (clipBase);
// the server fetches them from the simulator itself, on loopback.
const simulatorClipUrl = ({ clipBase, baseUrl }: Upstream) =>
  clipBase ? (url: string) => (url.startsWith(`${clipBase}/`) ? `${baseUrl}${url.slice(clipBase.length)}` : url) : undefined;

const download = (path: string, query: URLSearchParams, options: RouteOptions, signal: () => AbortSignal) =>
  withUpstream(options.upstream, (target) =>
    routeDownload(path, query, {
      gateway: { ...target, timeoutMs: options.upstreamTimeoutMs, agents: options.agents },
      clip: {
        ...(options.download ?? DEFAULT_CLIP_LIMITS),
        // The gateway (or simulator) itself is trusted: it already has the key.
        policy: { trustedOrigin: new URL(target.baseUrl).origin, resolve: options.resolveClipHost },
        internalUrl: simulatorClipUrl(target),
      },
      signal: signal(),
    }),
  );

/** Health, downloads, and the contract's routes to the gateway; JSON 404 or 405 for the rest. */
export const routeApi = async (
  req: IncomingMessage,
  path: string,
  query: URLSearchParams,
  options: RouteOptions,
  /** Aborted when the browser goes away; made on first call (only downloads need one). */
  signal: () => AbortSignal,
  /**
   * Takes one of the client's in-flight slots: null when taken, else the 429 to answer.
   * Taken only when a request is ready to go upstream: after the checks that refuse it,
   * and for a create once its body is in, so a client trickling bodies holds none of the
   * slots the studio's own polls need.
   */
  takeSlot: () => ProxyResponse | null = () => null,
): Promise<ApiResponse> => {
  const method = req.method ?? 'GET';
  if (path === HEALTH_PATH)
    return method === 'GET' ? (takeSlot() ?? withUpstream(options.upstream, healthResponse)) : methodNotAllowed(['GET']);
  if (path === READY_PATH)
    return method === 'GET'
      ? (takeSlot() ?? withUpstream(options.upstream, (target) => options.readiness({ ...target, agents: options.agents })))
      : methodNotAllowed(['GET']);
  // Every GET that reaches the gateway refuses other sites (checkSameSiteRead): a download
  // or zip costs one lookup per clip with the key, and a query spends the account's rate
  // limit too, while no other site can read either answer. The studio's own fetches send
  // `Sec-Fetch-Site: same-origin` (Chromium, Firefox, Safari) and no Origin on a GET, so
  // they pass; health costs nothing upstream and stays open to any monitor.
  if (isDownloadPath(path))
    return method === 'GET'
      ? (runChecks(req, [checkSameSiteRead]) ?? takeSlot() ?? download(path, query, options, signal))
      : methodNotAllowed(['GET']);

  // The raw path, undecoded: `..`, `%2F` and `//` then simply fail to match.
  const route = matchGatewayRoute(method, path);
  if (!route) {
    const allowed = METHODS.filter((other) => matchGatewayRoute(other, path) !== null);
    return allowed.length > 0 ? methodNotAllowed(allowed) : notFound();
  }
  const forward = { timeoutMs: options.upstreamTimeoutMs, agents: options.agents };
  if (route.action === 'query')
    return (
      runChecks(req, [checkSameSiteRead]) ??
      takeSlot() ??
      withUpstream(options.upstream, (target) => forwardToGateway({ method: 'GET', path }, { ...target, ...forward }))
    );

  const refusal = runChecks(req, [checkOrigin, checkJsonContentType]);
  if (refusal) return refusal;
  const body = await readJsonObjectBody(req, {
    maxBytes: options.maxRequestBytes ?? MAX_REQUEST_BYTES,
    timeoutMs: options.bodyTimeoutMs ?? DEFAULT_BODY_TIMEOUT_MS,
    budget: options.bodyBudget,
  });
  if (!body.ok) return body.response;
  try {
    return (
      takeSlot() ??
      (await withUpstream(options.upstream, (target) =>
        forwardToGateway({ method: 'POST', path, body: body.text }, { ...target, ...forward }),
      ))
    );
  } finally {
    body.release();
  }
};
