import { type RefObject, useEffect } from 'react';

/**
 * Keeps whatever scrolls into view (a field reached with Tab, an element a test or a
 * "find" brings up) clear of the sticky Generate bar: its height, kept current, becomes
 * the page's and the composer's scroll-padding (index.css, studio-page.tsx).
 */
export const useStickyBarPadding = (bar: RefObject<HTMLElement | null>) => {
  useEffect(() => {
    const element = bar.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const root = document.documentElement;
    const observer = new ResizeObserver(() => root.style.setProperty('--sticky-bar-height', `${element.offsetHeight}px`));
    observer.observe(element);
    return () => {
      observer.disconnect();
      root.style.removeProperty('--sticky-bar-height');
    };
  }, [bar]);
};
