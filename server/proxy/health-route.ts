import { jsonResponse, type ProxyResponse } from '../gateway/proxy-response.ts';
import type { Upstream } from './upstream.ts';

export const HEALTH_PATH = '/health';

/**
 * Which upstream the studio talks to: the mode, the host (no scheme, path or key) and,
 * on the simulator, which real behaviour it follows.
 */
export const healthResponse = (upstream: Pick<Upstream, 'mode' | 'host' | 'profile'>): ProxyResponse =>
  jsonResponse(200, { mode: upstream.mode, gateway: upstream.host, ...(upstream.profile ? { profile: upstream.profile } : {}) });
