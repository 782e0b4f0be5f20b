import { handleNewApiCreate } from './new-api-create.ts';
import { invalidToken, newApiStatusFailure, unknownRoute } from './new-api-errors.ts';
import { handleNewApiQuery } from './new-api-query.ts';
import type { ProfileHandlers } from './profile-handlers.ts';

/** The gateway as deployed new-api answers (REAL-GATEWAYS.md): one set of shapes on both surfaces. */
export const newApiProfile: ProfileHandlers = {
  routeNotFound: unknownRoute,
  // Missing and wrong keys read alike.
  authFailure: () => invalidToken(),
  statusFailure: (_surface, status) => newApiStatusFailure(status),
  create: handleNewApiCreate,
  query: handleNewApiQuery,
};
