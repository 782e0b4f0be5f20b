import { useTranslation } from '../../../lib/use-translation.ts';
import { languages } from '../../../lib/i18n.ts';

export const LanguageSwitch = () => {
  const { t, i18n } = useTranslation();
  return (
    <label className="flex items-center gap-2 text-sm text-neutral-300">
      <span className="sr-only">{t('language.label')}</span>
      {/* A set width: sized by its options, the closed select would shape 中文 on the
          first layout, and finding a CJK font then cost an English start tens of ms. */}
      <select
        className="w-28 rounded-lg border border-neutral-700 bg-neutral-900 px-2 py-1.5 text-sm"
        value={i18n.resolvedLanguage}
        onChange={(event) => void i18n.changeLanguage(event.target.value)}
        aria-label={t('language.label')}
      >
        {languages.map((language) => (
          <option key={language} value={language}>
            {language === 'en' ? t('language.en') : t('language.zh')}
          </option>
        ))}
      </select>
    </label>
  );
};
