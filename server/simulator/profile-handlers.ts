import type { GatewayRoute, Kind, Surface } from '../../src/api/gateway-routes.ts';
import type { Reply } from './http-io.ts';
import type { RequestNotes } from './request-log.ts';
import type { SimContext } from './sim-context.ts';

// What differs between the simulator's profiles (sim-profile.ts): every answer the
// gateway writes itself. Routing, faults, auth, the task store and the clips are shared.

export type QueryRef = Extract<GatewayRoute, { action: 'query' }>['ref'];
export type CreateCall = { surface: Surface; kind: Kind | null; body: unknown; raw: Buffer };
/** A create's answer, and what the request log should add about it. */
export type CreateOutcome = { reply: Reply; notes?: RequestNotes };

export type ProfileHandlers = {
  routeNotFound: (method: string, path: string) => Reply;
  authFailure: (surface: Surface, reason: 'missing' | 'invalid') => Reply;
  statusFailure: (surface: Surface, status: number, retryAfter?: number) => Reply;
  create: (context: SimContext, call: CreateCall) => CreateOutcome;
  query: (context: SimContext, ref: QueryRef) => Reply;
};
