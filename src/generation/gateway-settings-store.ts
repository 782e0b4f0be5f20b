import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { Surface } from '../api/gateway-routes.ts';
import type { Passthrough } from '../api/passthrough.ts';

type SettingsState = {
  surface: Surface;
  setSurface: (surface: Surface) => void;
  // Does the gateway pass every metadata field to Kling? 'auto' guesses from its answers.
  passthrough: Passthrough;
  setPassthrough: (passthrough: Passthrough) => void;
};

export const useGatewaySettingsStore = create<SettingsState>()(
  persist(
    (set) => ({
      surface: 'unified',
      setSurface: (surface) => set({ surface }),
      passthrough: 'auto',
      setPassthrough: (passthrough) => set({ passthrough }),
    }),
    { name: 'kling-studio.settings', version: 1 },
  ),
);
