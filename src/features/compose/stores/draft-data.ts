import type { GenerationRequest } from '../../../api/generation-request.schema.ts';
import { defaultGenerationRequest } from '../../../api/generation-request.ts';
import type { ComposeTab } from '../utils/compose-tabs.ts';

// The composer's saved state, shared by the store (draft-store.ts) and the check
// that reads it back from disk (draft-check.ts), which loads only when there is one.

export type ComposeDraft = { request: GenerationRequest; metadataText: string };
export type DraftData = { tab: ComposeTab; drafts: Record<ComposeTab, ComposeDraft>; usedExternalIds: string[] };

export const freshDraft = (): ComposeDraft => ({ request: defaultGenerationRequest(), metadataText: '' });
export const freshDrafts = (): Record<ComposeTab, ComposeDraft> => ({ text: freshDraft(), image: freshDraft(), frames: freshDraft() });
