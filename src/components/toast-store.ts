import { create } from 'zustand';

export type ToastTone = 'info' | 'success' | 'error';
/** `opensDialog`: the action opens a dialog, and its button says so (aria-haspopup). */
export type ToastAction = { label: string; run: () => void; opensDialog?: boolean };
export type Toast = { id: number; message: string; tone: ToastTone; action?: ToastAction };
type ToastInput = Omit<Toast, 'id'> & { durationMs?: number };

type ToastState = {
  toasts: Toast[];
  show: (toast: ToastInput) => number;
  dismiss: (id: number) => void;
};

const MAX_TOASTS = 4;
let nextId = 1;

/** Short notices anyone can raise from outside React (store.getState().show). */
export const useToastStore = create<ToastState>()((set, get) => ({
  toasts: [],
  show: ({ durationMs = 6_000, ...toast }) => {
    const id = nextId++;
    set((state) => ({ toasts: [...state.toasts, { ...toast, id }].slice(-MAX_TOASTS) }));
    if (durationMs > 0) setTimeout(() => get().dismiss(id), durationMs);
    return id;
  },
  dismiss: (id) => set((state) => ({ toasts: state.toasts.filter((toast) => toast.id !== id) })),
}));
