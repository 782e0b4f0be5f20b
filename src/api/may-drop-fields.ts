import type { GenerationRequest } from './generation-request.schema.ts';

// Apart from passthrough.ts on purpose: its field list is a Set built at load, which the
// first screen should not carry (npm run test:bundle).

/**
 * Whether a request carries anything a classic-list gateway could drop, from the request
 * alone: the composer's first screen asks this, and loads passthrough.ts's field list only when
 * it answers yes. The fields here are the ones build-create-body.ts writes outside the
 * classic list; raw extras may or may not be classic, so any of them says yes.
 */
export const mayDropFields = (request: Pick<GenerationRequest, 'sound' | 'multiShot' | 'extraMetadata'>): boolean =>
  Boolean(request.sound || request.multiShot || Object.keys(request.extraMetadata).length > 0);
