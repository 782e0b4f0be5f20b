import { useToastStore, type Toast } from './toast-store.ts';

const tones = {
  info: 'border-neutral-700',
  success: 'border-emerald-500/60',
  error: 'border-rose-500/60',
};

const ToastItem = ({ toast, closeLabel }: { toast: Toast; closeLabel: string }) => {
  const dismiss = useToastStore((state) => state.dismiss);
  return (
    <li
      role={toast.tone === 'error' ? 'alert' : 'status'}
      className={`pointer-events-auto flex items-center gap-3 rounded-lg border bg-neutral-900 px-4 py-3 text-sm shadow-xl ${tones[toast.tone]}`}
    >
      <span className="min-w-0 flex-1">{toast.message}</span>
      {toast.action ? (
        <button
          type="button"
          aria-haspopup={toast.action.opensDialog ? 'dialog' : undefined}
          className="shrink-0 rounded px-2 py-1 font-semibold text-amber-300 hover:bg-neutral-800"
          onClick={() => {
            toast.action?.run();
            dismiss(toast.id);
          }}
        >
          {toast.action.label}
        </button>
      ) : null}
      <button
        type="button"
        aria-label={closeLabel}
        className="shrink-0 rounded px-1.5 text-neutral-400 hover:bg-neutral-800"
        onClick={() => dismiss(toast.id)}
      >
        ×
      </button>
    </li>
  );
};

/**
 * Where toasts appear: a polite live region in the bottom corner; on a phone at the top,
 * where they cover neither the composer's sticky Generate bar nor the cards' buttons.
 */
export const Toaster = ({ label, closeLabel }: { label: string; closeLabel: string }) => {
  const toasts = useToastStore((state) => state.toasts);
  return (
    <section aria-label={label} className="pointer-events-none fixed inset-x-0 top-0 z-50 flex justify-end p-4 sm:top-auto sm:bottom-0">
      <ul className="flex w-full max-w-sm flex-col gap-2">
        {toasts.map((toast) => (
          <ToastItem key={toast.id} toast={toast} closeLabel={closeLabel} />
        ))}
      </ul>
    </section>
  );
};
