import { z } from 'zod';
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { defaultGenerationRequest, generationRequestSchema, type GenerationRequest } from '../../../api/generation-request.ts';
import { carryShared, composeTabs, type ComposeTab } from '../utils/compose-tabs.ts';
import { idbStorage } from '../utils/idb-storage.ts';

const draftSchema = z.object({ request: generationRequestSchema, metadataText: z.string() });
export type ComposeDraft = z.infer<typeof draftSchema>;

const freshDraft = (): ComposeDraft => ({ request: defaultGenerationRequest(), metadataText: '' });
const freshDrafts = (): Record<ComposeTab, ComposeDraft> => ({ text: freshDraft(), image: freshDraft(), frames: freshDraft() });

// external_task_id is unique per account; remembering the ones sent lets the
// composer refuse a repeat before the gateway does.
const USED_IDS_KEPT = 200;

type DraftData = { tab: ComposeTab; drafts: Record<ComposeTab, ComposeDraft>; usedExternalIds: string[] };
type DraftState = DraftData & {
  setTab: (tab: ComposeTab) => void;
  patch: (changes: Partial<GenerationRequest>) => void;
  setMetadataText: (text: string) => void;
  reset: () => void;
  markSent: (externalIds: (string | null)[]) => void;
};

export const useDraftStore = create<DraftState>()(
  persist(
    (set) => ({
      tab: 'text',
      drafts: freshDrafts(),
      usedExternalIds: [],
      setTab: (tab) =>
        set((state) => {
          const from = state.drafts[state.tab];
          const to = state.drafts[tab];
          return { tab, drafts: { ...state.drafts, [tab]: { ...to, request: carryShared(from.request, to.request) } } };
        }),
      patch: (changes) =>
        set((state) => {
          const draft = state.drafts[state.tab];
          return { drafts: { ...state.drafts, [state.tab]: { ...draft, request: { ...draft.request, ...changes } } } };
        }),
      setMetadataText: (metadataText) =>
        set((state) => ({ drafts: { ...state.drafts, [state.tab]: { ...state.drafts[state.tab], metadataText } } })),
      reset: () => set((state) => ({ drafts: { ...state.drafts, [state.tab]: freshDraft() } })),
      markSent: (ids) =>
        set((state) => ({ usedExternalIds: [...state.usedExternalIds, ...ids.filter((id): id is string => Boolean(id))].slice(-USED_IDS_KEPT) })),
    }),
    {
      name: 'kling-studio.compose',
      version: 2,
      storage: idbStorage<DraftData>(),
      partialize: ({ tab, drafts, usedExternalIds }) => ({ tab, drafts, usedExternalIds }),
      // A draft saved by an older studio is repaired tab by tab, not thrown away.
      merge: (persisted, current) => {
        const saved = (persisted ?? {}) as Partial<Record<keyof DraftData, unknown>>;
        const savedDrafts = (saved.drafts ?? {}) as Record<string, unknown>;
        const drafts = { ...current.drafts };
        for (const tab of composeTabs) {
          const parsed = draftSchema.safeParse(savedDrafts[tab]);
          if (parsed.success) drafts[tab] = parsed.data;
        }
        const tab = composeTabs.find((t) => t === saved.tab) ?? current.tab;
        const ids = z.array(z.string()).safeParse(saved.usedExternalIds);
        return { ...current, tab, drafts, usedExternalIds: ids.success ? ids.data : current.usedExternalIds };
      },
    },
  ),
);
