import { create } from 'zustand';
import { persist } from 'zustand/middleware';

// Whether to raise a browser notification when a clip finishes in a hidden tab.
type NotifyState = { enabled: boolean; setEnabled: (enabled: boolean) => void };

export const useNotifyStore = create<NotifyState>()(
  persist((set) => ({ enabled: false, setEnabled: (enabled) => set({ enabled }) }), { name: 'kling-studio.notify', version: 1 }),
);
