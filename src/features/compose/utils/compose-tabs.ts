import type { GenerationRequest } from '../../../api/generation-request.schema.ts';

// The composer's three modes. Each keeps its own draft; the fields that describe
// the clip rather than its inputs travel with the creative between tabs.
export const composeTabs = ['text', 'image', 'frames'] as const;
export type ComposeTab = (typeof composeTabs)[number];

const inputFields = ['image', 'imageTail', 'cameraControl', 'staticMask', 'dynamicMasks'] as const;
type InputField = (typeof inputFields)[number];

/** The target tab's draft with every shared field taken from the draft being left. */
export const carryShared = (from: GenerationRequest, to: GenerationRequest): GenerationRequest => {
  const inputs = Object.fromEntries(inputFields.map((field) => [field, to[field]])) as Pick<GenerationRequest, InputField>;
  return { ...from, ...inputs };
};

/** What a tab sends: inputs that belong to another mode never leak into the request. */
export const requestForTab = (tab: ComposeTab, request: GenerationRequest): GenerationRequest => {
  if (tab === 'text') return { ...request, image: null, imageTail: null, staticMask: null, dynamicMasks: null };
  if (tab === 'image') return { ...request, imageTail: null };
  return { ...request, cameraControl: null, staticMask: null, dynamicMasks: null };
};
