import { authFailure, routeNotFound, statusFailure } from './error-replies.ts';
import { handleCreate } from './handle-create.ts';
import { handleQuery } from './handle-query.ts';
import type { ProfileHandlers } from './profile-handlers.ts';

/** The gateway as its document promises (CONTRACT.md): each surface in its own shapes. */
export const documentProfile: ProfileHandlers = {
  routeNotFound,
  authFailure,
  statusFailure,
  create: (context, call) => ({ reply: handleCreate(context, call.surface, call.kind, call.body) }),
  query: handleQuery,
};
