import { useTranslation } from '../../../lib/use-translation.ts';
import { surfaces } from '../../../api/gateway-routes.ts';
import { SegmentedControl } from '../../../components/segmented-control.tsx';
import { useGatewaySettingsStore } from '../../../generation/gateway-settings-store.ts';

/** Which of the gateway's two create surfaces the studio sends to; the composer builds the body for either. */
export const SurfaceSwitch = () => {
  const { t } = useTranslation();
  const surface = useGatewaySettingsStore((state) => state.surface);
  const setSurface = useGatewaySettingsStore((state) => state.setSurface);
  return (
    <SegmentedControl
      legend={t('settings.surface')}
      name="surface"
      value={surface}
      onChange={setSurface}
      options={surfaces.map((value) => ({
        value,
        label: t(`settings.surfaces.${value}.label`),
        hint: t(`settings.surfaces.${value}.path`),
      }))}
    />
  );
};
