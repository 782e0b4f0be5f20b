import { checkHost, type CheckedRequest } from '../proxy/request-checks.ts';
import { faultSpecSchema, type FaultQueue } from './faults.ts';
import { jsonReply, parseJson, type Reply } from './http-io.ts';
import type { RequestLog } from './request-log.ts';
import type { SimTaskStore } from './sim-task-store.ts';

// Test-only controls under /__sim (no auth: the simulator is never deployed).
// Without a key to ask for, the Host is what keeps a DNS-rebinding page from reading
// the log or rigging faults: only loopback names and IP literals are answered, the
// studio's own rule. The gateway routes answer any Host: they want a key (with SIM_API_KEY,
// the one key) that such a page does not have, and no answer of theirs carries one.

export type AdminState = { tasks: SimTaskStore; faults: FaultQueue; requests: RequestLog; now: () => number };

const notFound = (method: string, path: string) =>
  jsonReply(404, { error: { message: `Invalid URL (${method} ${path})`, type: 'invalid_request_error', code: 'not_found' } });

const addFault = (state: AdminState, raw: Buffer): Reply => {
  const body = parseJson(raw);
  const parsed = faultSpecSchema.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return jsonReply(400, {
      error: { message: `${issue?.path.join('.') || 'body'}: ${issue?.message ?? 'invalid fault'}`, type: 'invalid_request_error' },
    });
  }
  return jsonReply(201, { fault: state.faults.add(parsed.data), faults: state.faults.list() });
};

const loopbackOnly = checkHost([]);

/** The 403 for a Host the admin routes do not answer, or null to let the request in. */
export const adminHostRefusal = (req: CheckedRequest): Reply | null =>
  loopbackOnly(req) === null
    ? null
    : jsonReply(403, { error: { message: 'This host is not allowed', type: 'invalid_request_error', code: 'forbidden_host' } });

export const handleAdmin = (state: AdminState, method: string, path: string, query: URLSearchParams, raw: Buffer): Reply => {
  const route = `${method} ${path}`;
  switch (route) {
    case 'GET /__sim/faults':
      return jsonReply(200, { faults: state.faults.list() });
    case 'POST /__sim/faults':
      return addFault(state, raw);
    case 'DELETE /__sim/faults':
      return jsonReply(200, { cleared: state.faults.clear() });
    case 'GET /__sim/requests': {
      const since = Number(query.get('since') ?? 0);
      return jsonReply(200, { requests: state.requests.since(Number.isFinite(since) ? since : 0) });
    }
    case 'DELETE /__sim/requests':
      state.requests.clear();
      return jsonReply(200, { cleared: true });
    case 'GET /__sim/stats':
      return jsonReply(200, state.tasks.stats(state.now()));
    case 'POST /__sim/reset':
      state.tasks.reset();
      state.requests.clear();
      state.faults.clear();
      return jsonReply(200, { reset: true });
    default:
      return notFound(method, path);
  }
};
