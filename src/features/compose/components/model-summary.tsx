import { useTranslation } from '../../../lib/use-translation.ts';
import type { FeatureName, ModelCapabilities, Support } from '../../../api/model-capabilities.ts';

const features: FeatureName[] = ['cfgScale', 'cameraControl', 'firstLastFrame', 'masks', 'sound', 'multiShot'];

/** One line of chips: what the chosen model takes, from the capability registry. */
export const ModelSummary = ({ caps }: { caps: ModelCapabilities }) => {
  const { t } = useTranslation();
  const durations = caps.durations.kind === 'range' ? `${caps.durations.min}–${caps.durations.max}` : caps.durations.values.join(' / ');
  const state = (support: Support) =>
    support === true
      ? 'yes'
      : support === false
        ? 'no'
        : [support.modes?.join('/'), support.durations?.map((d) => `${d}s`).join('/')].filter(Boolean).join(' ');
  return (
    <ul aria-label={t('compose.modelSupports')} className="mt-1.5 flex flex-wrap gap-1 text-[11px]">
      <li className="rounded bg-neutral-800 px-1.5 py-0.5 text-neutral-300">{t('compose.durationsSummary', { durations })}</li>
      {features.map((feature) => {
        const value = state(caps[feature]);
        return (
          <li
            key={feature}
            className={`rounded px-1.5 py-0.5 ${value === 'no' ? 'bg-neutral-900 text-neutral-400 line-through' : 'bg-neutral-800 text-neutral-300'}`}
          >
            {t(`compose.features.${feature}`)}
            {value !== 'yes' && value !== 'no' ? ` (${value})` : ''}
            {value === 'no' ? <span className="sr-only"> {t('compose.notSupported')}</span> : null}
          </li>
        );
      })}
    </ul>
  );
};
