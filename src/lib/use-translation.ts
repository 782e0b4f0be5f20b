import type { TFunction } from 'i18next';
import { useSyncExternalStore } from 'react';
import { i18n } from './i18n.ts';

// The studio's own hook over i18next, instead of react-i18next's: with one namespace and
// one instance it needs none of that hook's per-component copy of the instance, fixed-t
// bookkeeping or namespace reports, which were a measurable part of the first render
// (npm run bench, "composer usable"). Components re-render when the language changes or
// strings are added (addOnDemandStrings), as they did with react-i18next.

export type Translation = { t: TFunction; i18n: typeof i18n };

// Interpolation, nesting and formatting are i18next's to do: only other strings are read directly.
const NEEDS_I18NEXT = /\{\{|\$t\(/;

/**
 * `t` for one language and one state of the catalog: a key asked without options is
 * looked up once and remembered (most calls on every render are those); anything else,
 * or a key the language lacks (English is the fallback), goes through i18next.
 */
type UntypedT = (key: unknown, ...rest: unknown[]) => unknown;

export const rememberingT = (t: TFunction, language: string): TFunction => {
  const untyped = t as unknown as UntypedT;
  const remembered = new Map<string, string>();
  const translate: UntypedT = (key, ...rest) => {
    if (rest.length > 0 || typeof key !== 'string') return untyped(key, ...rest);
    let text = remembered.get(key);
    if (text === undefined) {
      const found: unknown = i18n.getResource(language, 'translation', key);
      text = typeof found === 'string' && !NEEDS_I18NEXT.test(found) ? found : String(untyped(key));
      remembered.set(key, text);
    }
    return text;
  };
  return translate as unknown as TFunction;
};

const current = (): Translation => ({ t: rememberingT(i18n.getFixedT(i18n.language), i18n.language), i18n });
let snapshot = current();
const listeners = new Set<() => void>();
const renew = () => {
  snapshot = current();
  for (const listener of listeners) listener();
};
i18n.on('languageChanged', renew);
i18n.on('initialized', renew);
i18n.store.on('added', renew);
// A dev-server edit of this file must not leave the old module's listeners on the one instance.
import.meta.hot?.dispose(() => {
  i18n.off('languageChanged', renew);
  i18n.off('initialized', renew);
  i18n.store.off('added', renew);
});

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => void listeners.delete(listener);
};
const read = () => snapshot;

// A page that starts in a language whose catalog is still loading waits for it (the
// nearest Suspense boundary, or the empty root) rather than flashing English.
let catalogArrival: Promise<void> | null = null;
const waitForCatalog = () =>
  (catalogArrival ??= new Promise<void>((resolve) => {
    const done = () => {
      i18n.off('loaded', done);
      i18n.off('languageChanged', done);
      catalogArrival = null;
      resolve();
    };
    i18n.on('loaded', done);
    i18n.on('languageChanged', done);
  }));

/**
 * `const { t } = useTranslation()`: the current language's strings; re-renders when they
 * change. `t` is fixed to the language it was made for (a new one comes with each change),
 * so an effect that keeps `t` lists it in its dependencies.
 */
export const useTranslation = (): Translation => {
  const translation = useSyncExternalStore(subscribe, read, read);
  if (!i18n.isInitialized || !i18n.hasLoadedNamespace('translation')) throw waitForCatalog();
  return translation;
};
