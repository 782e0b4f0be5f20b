import i18n, { type BackendModule } from 'i18next';
import type { Catalog } from './locales/en.ts';
import { enStart } from './locales/en-start.ts';

export const languages = ['en', 'zh-CN'] as const;
export type Language = (typeof languages)[number];

declare module 'i18next' {
  interface CustomTypeOptions {
    resources: { translation: Catalog };
  }
}

const LANGUAGE_KEY = 'kling-studio.language';

const initialLanguage = (): Language => {
  const saved = globalThis.localStorage?.getItem(LANGUAGE_KEY);
  if (saved === 'en' || saved === 'zh-CN') return saved;
  return globalThis.navigator?.language?.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
};

// The English the first screen needs is in the initial bundle (en-start.ts); the rest
// of it arrives with the UI loaded on demand (addOnDemandStrings). Another language's
// catalog loads whole the first time it is used: i18next switches only once it has
// arrived (no flash of keys), and a page that starts in it waits for it
// (use-translation.ts suspends until the catalog is ready).
const catalogs: Partial<Record<Language, () => Promise<Catalog>>> = {
  'zh-CN': () => import('./locales/zh-cn.ts').then((module) => module.zhCN),
};

const catalogsOnDemand: BackendModule = {
  type: 'backend',
  callbackApi: true,
  init: () => {},
  read: (language, _namespace, done) => {
    // English is bundled (the first screen's areas) or arrives with the UI that needs
    // it (addOnDemandStrings): fetching the whole catalog at start would only compete
    // with the first render.
    if (language === 'en') return done(null, {});
    const load = catalogs[language as Language]?.();
    if (!load) return done(null, {}); // not a language of ours: English answers (fallbackLng)
    load.then(
      (catalog) => done(null, catalog),
      (error: unknown) => done(error instanceof Error ? error : new Error(String(error)), false),
    );
  },
};

void i18n.use(catalogsOnDemand).init({
  resources: { en: { translation: enStart } },
  partialBundledLanguages: true,
  lng: initialLanguage(),
  fallbackLng: 'en',
  // React already escapes what it renders.
  interpolation: { escapeValue: false },
});

/** Adds the English areas only UI loaded on demand uses; that UI calls this before it renders. */
export const addOnDemandStrings = (catalog: Catalog) => i18n.addResourceBundle('en', 'translation', catalog, true, false);

const syncDocumentLanguage = (language: string) => {
  if (typeof document !== 'undefined') document.documentElement.lang = language;
};
syncDocumentLanguage(i18n.language);
i18n.on('languageChanged', (language) => {
  syncDocumentLanguage(language);
  globalThis.localStorage?.setItem(LANGUAGE_KEY, language);
});

export { i18n };
