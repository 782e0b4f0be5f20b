// A comparison set: tasks sent together so they can be judged side by side
// (Std + Pro, a sweep over one parameter, a batch) or picked from the gallery. Each task's record carries
// its membership, so a set persists with the history, exports with it, and is
// rebuilt from whatever records share an id.

// 'picked': clips a person chose in the gallery (e.g. two prompts × two modes).
export const setKinds = ['modes', 'sweep', 'batch', 'picked'] as const;
export type SetKind = (typeof setKinds)[number];

export type SetMembership = {
  id: string;
  kind: SetKind;
  // The request field that varies across the set ('mode', 'cfgScale', …); null for a batch of unrelated prompts.
  parameter: string | null;
  // What tells this member apart, shown under its clip ("pro", "cfg 0.8", a prompt).
  caption: string;
  // Order within the set, as sent.
  position: number;
};

export const newSetId = (): string => `set-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

export const SET_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
