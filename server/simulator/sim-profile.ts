// Which gateway the simulator plays: the one the gateway document promises, or
// new-api as it is really deployed (shared/api/REAL-GATEWAYS.md).

export const simProfiles = ['document', 'new-api'] as const;
export type SimProfile = (typeof simProfiles)[number];

export const DEFAULT_SIM_PROFILE: SimProfile = 'document';
