import { jsonResponse, type ProxyResponse } from './proxy-response.ts';
import type { Upstream } from './upstream.ts';

export const HEALTH_PATH = '/health';

/** Which upstream the studio talks to: the mode and the host only (no scheme, path or key). */
export const healthResponse = (upstream: Pick<Upstream, 'mode' | 'host'>): ProxyResponse =>
  jsonResponse(200, { mode: upstream.mode, gateway: upstream.host });
