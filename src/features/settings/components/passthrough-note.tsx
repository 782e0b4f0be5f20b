import { passthroughModes, type DroppedFeature } from '../../../api/passthrough.ts';
import { SegmentedControl } from '../../../components/segmented-control.tsx';
import { useTranslation } from '../../../lib/use-translation.ts';
import { useGatewaySettingsStore } from '../../../generation/gateway-settings-store.ts';

type PassthroughNoteProps = {
  features: DroppedFeature[];
  extras: string[];
  seconds: number;
  /** Some answer in the history came in new-api's envelope. */
  answersAsNewApi: boolean;
};

/**
 * Said before anything is sent: the fields of this request that a classic-list gateway
 * drops without a word, and what Kling would receive instead (docs/gateway-contract.md#passthrough-setting).
 * The setting lives here, where it matters.
 */
export const PassthroughNote = ({ features, extras, seconds, answersAsNewApi }: PassthroughNoteProps) => {
  const { t } = useTranslation();
  const passthrough = useGatewaySettingsStore((state) => state.passthrough);
  const setPassthrough = useGatewaySettingsStore((state) => state.setPassthrough);
  const will = passthrough === 'classic' || (passthrough === 'auto' && answersAsNewApi);
  const setting = (
    <SegmentedControl
      legend={t('passthrough.setting')}
      name="passthrough"
      value={passthrough}
      onChange={setPassthrough}
      options={passthroughModes.map((value) => ({
        value,
        label: t(`passthrough.modes.${value}.label`),
        hint: t(`passthrough.modes.${value}.hint`),
      }))}
    />
  );
  if (passthrough === 'all')
    return (
      <section
        aria-label={t('passthrough.setting')}
        className="space-y-2 rounded-lg border border-neutral-800 p-3 text-sm text-neutral-300"
      >
        <p>{t('passthrough.sentAsIs')}</p>
        {setting}
      </section>
    );
  return (
    <section
      aria-labelledby="passthrough-heading"
      className={`space-y-2 rounded-lg border p-3 text-sm ${will ? 'border-amber-500/50 bg-amber-500/10 text-amber-100' : 'border-neutral-700 bg-neutral-900 text-neutral-200'}`}
    >
      <h3 id="passthrough-heading" className="font-medium">
        {t(will ? 'passthrough.headingWill' : 'passthrough.headingMay')}
      </h3>
      <p>{t(will ? 'passthrough.bodyWill' : 'passthrough.bodyMay')}</p>
      <ul className="list-disc space-y-0.5 ps-5">
        {features.map((feature) => (
          <li key={feature}>{t(`passthrough.lose.${feature}`, { seconds })}</li>
        ))}
        {extras.length > 0 ? <li>{t('passthrough.lose.extras', { fields: extras.join(', ') })}</li> : null}
      </ul>
      {setting}
    </section>
  );
};
