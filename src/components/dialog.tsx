import { type ReactNode, useEffect, useRef } from 'react';

type DialogProps = {
  labelledBy: string;
  onClose: () => void;
  children: ReactNode;
  className?: string;
  /** Where focus goes on close when the control that opened the dialog is gone (or there was none). */
  fallbackFocus?: () => HTMLElement | null;
};

/**
 * A modal on the native <dialog>: showModal traps focus and makes the rest of the
 * page inert, Escape closes it, and focus returns to whatever opened it.
 * Mount it to open, unmount it to close; mark the control to focus first with data-autofocus.
 */
export const Dialog = ({ labelledBy, onClose, children, className = '', fallbackFocus }: DialogProps) => {
  const ref = useRef<HTMLDialogElement>(null);
  const onCloseRef = useRef(onClose);
  const fallbackRef = useRef(fallbackFocus);
  useEffect(() => {
    onCloseRef.current = onClose;
    fallbackRef.current = fallbackFocus;
  });
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener =
      document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    // showModal focuses the first control; a form may name a better one.
    dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    return () => {
      if (dialog.open) dialog.close();
      const target = opener?.isConnected ? opener : fallbackRef.current?.();
      target?.focus({ preventScroll: true });
    };
  }, []);

  return (
    <dialog
      ref={ref}
      aria-labelledby={labelledBy}
      onCancel={(event) => {
        event.preventDefault();
        onCloseRef.current();
      }}
      // A click on the backdrop lands on the <dialog> itself.
      onClick={(event) => {
        if (event.target === event.currentTarget) onCloseRef.current();
      }}
      className={`m-auto max-h-[calc(100dvh-2rem)] w-[calc(100vw-2rem)] overflow-y-auto rounded-2xl border border-neutral-800 bg-neutral-950 p-0 text-neutral-100 shadow-2xl backdrop:bg-black/70 ${className}`}
    >
      {children}
    </dialog>
  );
};
