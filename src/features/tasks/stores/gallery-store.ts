import { create } from 'zustand';
import { noFilters, type GalleryFilters } from '../utils/filter-records.ts';

// What the gallery shows and which cards are ticked: UI state, kept for the session only.
type GalleryState = {
  filters: GalleryFilters;
  selected: Record<string, true>;
  setFilters: (changes: Partial<GalleryFilters>) => void;
  toggleSelected: (key: string) => void;
  clearSelection: () => void;
};

export const useGalleryStore = create<GalleryState>()((set) => ({
  filters: noFilters,
  selected: {},
  setFilters: (changes) => set((state) => ({ filters: { ...state.filters, ...changes } })),
  toggleSelected: (key) =>
    set((state) => {
      const selected = { ...state.selected };
      if (selected[key]) delete selected[key];
      else selected[key] = true;
      return { selected };
    }),
  clearSelection: () => set({ selected: {} }),
}));
