import { Suspense } from 'react';
import { useTranslation } from '../lib/use-translation.ts';
import { LanguageSwitch } from '../features/settings/components/language-switch.tsx';
import { goToGallery } from '../features/tasks/utils/gallery-heading.ts';
import { lazyFeature } from './lazy-feature.tsx';

// It parses /api/health with zod: on demand, like everything else that talks to the server.
const HealthBadge = lazyFeature(() => import('./health-badge.tsx').then((m) => m.HealthBadge));

export const AppHeader = () => {
  const { t } = useTranslation();
  return (
    <header className="border-b border-neutral-800 bg-neutral-950/80">
      {/* The composer's two dozen controls stand between the page's start and the clips. */}
      <button
        type="button"
        onClick={goToGallery}
        className="sr-only rounded-lg bg-amber-400 text-sm font-medium whitespace-nowrap text-neutral-950 focus:not-sr-only focus:absolute focus:top-3 focus:left-4 focus:z-50 focus:px-3 focus:py-2"
      >
        {t('app.skipToClips')}
      </button>
      <div className="mx-auto flex max-w-7xl items-center gap-2 px-4 py-3 sm:gap-4">
        <img src="/favicon.svg" alt="" className="size-7" />
        <div className="min-w-0 flex-1">
          <h1 className="truncate text-base font-semibold">{t('app.title')}</h1>
          {/* On a phone the badge and the language need the room: the title alone, on one line. */}
          <p className="hidden truncate text-xs text-neutral-400 sm:block">{t('app.tagline')}</p>
        </div>
        <Suspense fallback={null}>
          <HealthBadge />
        </Suspense>
        <LanguageSwitch />
      </div>
    </header>
  );
};
