import { forwardToGateway, type ForwardOptions } from '../gateway/forward-to-gateway.ts';
import { jsonResponse, type ProxyResponse } from '../gateway/proxy-response.ts';

// GET /api/ready: whether this copy can serve a studio now, for a load balancer's or an
// orchestrator's readiness check (/api/health is the liveness one: the process answers).
// Ready means the gateway (or the simulator) answers HTTP at all: a query for a task
// that does not exist costs no credits, and any status, 4xx included, proves the path.
// One probe per few seconds at most, however often the balancer asks.

export const READY_PATH = '/ready';
const PROBE_PATH = '/v1/video/generations/studio-readiness-probe';
const PROBE_TIMEOUT_MS = 5_000;
const REMEMBER_MS = 5_000;

type Probe = { at: number; answer: Promise<ProxyResponse> };

export const createReadiness = () => {
  let last: Probe | null = null;
  const probe = async (target: Omit<ForwardOptions, 'timeoutMs'>): Promise<ProxyResponse> => {
    const answer = await forwardToGateway({ method: 'GET', path: PROBE_PATH }, { ...target, timeoutMs: PROBE_TIMEOUT_MS });
    // The forwarder's own failures (unreachable, timeout) are its studio_proxy errors.
    const studioError = typeof answer.body === 'string';
    return studioError
      ? jsonResponse(503, { ready: false, reason: 'The gateway does not answer', status: answer.status })
      : jsonResponse(200, { ready: true, gatewayStatus: answer.status });
  };
  return (target: Omit<ForwardOptions, 'timeoutMs'>, now = Date.now()): Promise<ProxyResponse> => {
    if (!last || now - last.at > REMEMBER_MS) last = { at: now, answer: probe(target) };
    return last.answer;
  };
};
