import type { BrowserContext } from '@playwright/test';

// Probes installed in every page before its own scripts run. Times are
// performance.now(), i.e. milliseconds since navigation start.
//
// "Composer usable": the first moment the prompt textarea (#prompt) is in the DOM,
// rendered (non-empty box) and enabled, and a Generate submit button exists, checked on
// every DOM mutation. When a page starts with a saved draft the studio renders the
// textarea only once that draft has loaded from IndexedDB (a cold load has none), so
// this is when typing is safe. For the bare React page: the first moment its one
// button is in the DOM and rendered.
//
// "Gallery painted": the first frame after the first gallery card (role=listitem inside
// the gallery's list) is in the DOM (two requestAnimationFrame callbacks later, i.e.
// after that frame was produced).

export type ProbeKind = 'studio' | 'baseline';

export type ProbeResults = {
  usableAt: number | null;
  lcp: number | null;
  lcpElement: string | null;
  /** Its painted area in CSS px², so an element gone from the page by the time it is reported can still be told. */
  lcpSize: number | null;
  galleryPaintAt: number | null;
};

declare global {
  interface Window {
    __bench?: ProbeResults;
  }
}

const install = ({ kind, watchGallery }: { kind: ProbeKind; watchGallery: boolean }) => {
  const results: ProbeResults = { usableAt: null, lcp: null, lcpElement: null, lcpSize: null, galleryPaintAt: null };
  window.__bench = results;

  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & { element?: Element | null; size?: number })[]) {
      results.lcp = entry.startTime;
      results.lcpSize = entry.size ?? null;
      results.lcpElement = entry.element
        ? entry.element.tagName.toLowerCase() + (entry.element.id ? `#${entry.element.id}` : '')
        : '(removed from the page)';
    }
  }).observe({ type: 'largest-contentful-paint', buffered: true });

  const rendered = (element: Element | null) => element !== null && element.getClientRects().length > 0;
  const usable = () => {
    if (kind === 'baseline') return rendered(document.querySelector('button'));
    const prompt = document.getElementById('prompt') as HTMLTextAreaElement | null;
    const generate = [...document.querySelectorAll('button[type="submit"]')].some((button) => /generate/i.test(button.textContent ?? ''));
    return prompt !== null && rendered(prompt) && !prompt.disabled && generate;
  };
  let galleryPending = watchGallery;
  const observer = new MutationObserver(() => {
    const now = performance.now();
    if (results.usableAt === null && usable()) results.usableAt = now;
    if (galleryPending && document.querySelector('[role="list"] [role="listitem"]')) {
      galleryPending = false;
      requestAnimationFrame(() => requestAnimationFrame(() => (results.galleryPaintAt = performance.now())));
    }
    if (results.usableAt !== null && !galleryPending) observer.disconnect();
  });
  observer.observe(document, { subtree: true, childList: true, attributes: true });
};

export const installProbes = (context: BrowserContext, kind: ProbeKind, { watchGallery = false } = {}) =>
  context.addInitScript(install, { kind, watchGallery });

export const readProbes = (page: import('@playwright/test').Page) => page.evaluate(() => window.__bench ?? null);
