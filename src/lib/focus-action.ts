/**
 * Focuses the control in `container` marked `data-action={action}`, or else any of its
 * enabled controls: where the focus goes when the one that had it moved or went.
 * Returns whether one took it.
 */
export const focusAction = (container: Element | null | undefined, action: string): boolean => {
  const control =
    container?.querySelector<HTMLElement>(`[data-action="${action}"]:not(:disabled)`) ??
    container?.querySelector<HTMLElement>('[data-action]:not(:disabled)');
  control?.focus();
  return control != null;
};
