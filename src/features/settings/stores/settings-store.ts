import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { Surface } from '../../../api/gateway-routes.ts';

type SettingsState = {
  surface: Surface;
  setSurface: (surface: Surface) => void;
};

export const useSettingsStore = create<SettingsState>()(
  persist(
    (set) => ({
      surface: 'unified',
      setSurface: (surface) => set({ surface }),
    }),
    { name: 'kling-studio.settings', version: 1 },
  ),
);
