import { z } from 'zod';
import { generationRequestSchema } from '../../../api/generation-request.schema.ts';
import { composeTabs } from '../utils/compose-tabs.ts';
import { type ComposeDraft, type DraftData, freshDraft } from './draft-data.ts';

// Every draft read back from disk is checked here once, as it loads: the store
// imports this (and zod) only when there is a saved draft to read.

const draftSchema: z.ZodType<ComposeDraft> = z.object({ request: generationRequestSchema, metadataText: z.string() });
const idsSchema = z.array(z.string());

/** A saved draft, repaired tab by tab rather than thrown away: whatever does not check out starts fresh. */
export const checkSavedDrafts = (saved: unknown): DraftData => {
  const data = (typeof saved === 'object' && saved !== null ? saved : {}) as Partial<Record<keyof DraftData, unknown>>;
  const savedDrafts = (typeof data.drafts === 'object' && data.drafts !== null ? data.drafts : {}) as Record<string, unknown>;
  const drafts = Object.fromEntries(
    composeTabs.map((tab) => {
      const parsed = draftSchema.safeParse(savedDrafts[tab]);
      return [tab, parsed.success ? parsed.data : freshDraft()];
    }),
  ) as DraftData['drafts'];
  const ids = idsSchema.safeParse(data.usedExternalIds);
  return { tab: composeTabs.find((tab) => tab === data.tab) ?? 'text', drafts, usedExternalIds: ids.success ? ids.data : [] };
};
