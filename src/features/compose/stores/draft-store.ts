import { create } from 'zustand';
import { type PersistStorage, persist } from 'zustand/middleware';
import type { GenerationRequest } from '../../../api/generation-request.schema.ts';
import { carryShared, type ComposeTab } from '../utils/compose-tabs.ts';
import { hasSavedValue, idbStorage } from '../utils/idb-storage.ts';
import { type DraftData, freshDraft, freshDrafts } from './draft-data.ts';

export type { ComposeDraft } from './draft-data.ts';

const STORAGE_NAME = 'kling-studio.compose';

/** Whether this page started with a saved draft: only then does the composer wait for it. */
export const draftSavedAtStart = hasSavedValue(STORAGE_NAME);

// external_task_id is unique per account; remembering the ones sent lets the
// composer refuse a repeat before the gateway does.
const USED_IDS_KEPT = 200;

type DraftState = DraftData & {
  // The saved draft could not be read (IndexedDB failed, or its check did not load): the composer says so.
  draftUnreadable: boolean;
  setTab: (tab: ComposeTab) => void;
  patch: (changes: Partial<GenerationRequest>) => void;
  setMetadataText: (text: string) => void;
  reset: () => void;
  /** Puts back a tab's draft as it was (Undo after Reset). */
  restore: (tab: ComposeTab, draft: DraftData['drafts'][ComposeTab]) => void;
  markSent: (externalIds: (string | null)[]) => void;
};

// IndexedDB, with every saved draft checked once as it loads (draft-check.ts, zod):
// the check loads only when there is a draft to read, in parallel with the read
// when this page started with one.
const loadCheck = () => import('./draft-check.ts');
const draftStorage = (): PersistStorage<DraftData> | undefined => {
  const idb = idbStorage<DraftData>();
  if (!idb) return undefined;
  return {
    ...idb,
    getItem: async (name) => {
      const checking = draftSavedAtStart ? loadCheck() : null;
      checking?.catch(() => undefined); // its failure is handled below, once awaited
      try {
        const saved = await idb.getItem(name);
        if (!saved) return null;
        const { checkSavedDrafts } = await (checking ?? loadCheck());
        return { ...saved, state: checkSavedDrafts(saved.state) };
      } catch {
        // A failed read would leave the composer waiting for ever (zustand never finishes
        // hydrating): it starts from the default draft instead, and says why. (Always after
        // an await, so the store exists by now.)
        useDraftStore.setState({ draftUnreadable: true });
        return null;
      }
    },
  };
};

const initialDrafts = freshDrafts();

export const useDraftStore = create<DraftState>()(
  persist(
    (set) => ({
      tab: 'text',
      drafts: initialDrafts,
      draftUnreadable: false,
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
      restore: (tab, draft) => set((state) => ({ drafts: { ...state.drafts, [tab]: draft } })),
      markSent: (ids) =>
        set((state) => ({
          usedExternalIds: [...state.usedExternalIds, ...ids.filter((id): id is string => Boolean(id))].slice(-USED_IDS_KEPT),
        })),
    }),
    {
      name: STORAGE_NAME,
      version: 2,
      storage: draftStorage(),
      partialize: ({ tab, drafts, usedExternalIds }) => ({ tab, drafts, usedExternalIds }),
      merge: (persisted, current) => {
        if (!persisted) return current;
        // Without the saved mark the composer did not wait: a draft found anyway (saved
        // by a studio before the mark existed) only fills a composer nobody has touched.
        if (!draftSavedAtStart && current.drafts !== initialDrafts) return current;
        return { ...current, ...(persisted as DraftData) };
      },
    },
  ),
);
