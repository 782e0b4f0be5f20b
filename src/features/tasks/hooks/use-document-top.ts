import { type RefObject, useLayoutEffect, useState } from 'react';

/**
 * Where the element starts on the page. Whatever sits above it (the composer on a
 * narrow screen, filters, notices) can move it, and any such change resizes the body.
 */
export const useDocumentTop = (ref: RefObject<HTMLElement | null>): number => {
  const [top, setTop] = useState(0);
  useLayoutEffect(() => {
    const measure = () => {
      const element = ref.current;
      if (element) setTop(Math.round(element.getBoundingClientRect().top + window.scrollY));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(document.body);
    return () => observer.disconnect();
  }, [ref]);
  return top;
};
