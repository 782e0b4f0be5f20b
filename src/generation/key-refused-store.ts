import { create } from 'zustand';
import { ApiError } from '../api/api-error.ts';

type KeyRefusedState = {
  /** The gateway answered 401: every poll would fail the same way, so all of them wait. */
  refused: boolean;
  refuse: () => void;
  clear: () => void;
};

export const useKeyRefusedStore = create<KeyRefusedState>()((set) => ({
  refused: false,
  refuse: () => set({ refused: true }),
  clear: () => set({ refused: false }),
}));

export const isKeyRefused = (error: unknown): boolean => error instanceof ApiError && error.kind === 'auth';
