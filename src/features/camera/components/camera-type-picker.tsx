import { useTranslation } from '../../../lib/use-translation.ts';
import { cameraTypes, type CameraType } from '../../../api/contract-limits.ts';
import { CameraTypeIcon } from './camera-type-icon.tsx';

type CameraTypePickerProps = { value: CameraType | null; onChange: (type: CameraType | null) => void };

const choices: (CameraType | 'none')[] = ['none', ...cameraTypes];

/** No move, a simple one-axis move, or one of Kling's four preset moves; each with its picture. */
export const CameraTypePicker = ({ value, onChange }: CameraTypePickerProps) => {
  const { t } = useTranslation();
  const current = value ?? 'none';
  return (
    <fieldset>
      <legend className="mb-1.5 text-xs text-neutral-400">{t('camera.type')}</legend>
      <div className="grid grid-cols-3 gap-1.5">
        {choices.map((type) => (
          <label
            key={type}
            title={t(`camera.types.${type}.hint`)}
            className="relative flex cursor-pointer flex-col items-center gap-1 rounded-lg border border-neutral-700 p-2 text-center text-xs has-[:checked]:border-amber-400 has-[:checked]:bg-amber-400/10 has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-amber-400"
          >
            <input
              type="radio"
              name="camera-type"
              className="absolute inset-0 cursor-pointer opacity-0"
              checked={current === type}
              onChange={() => onChange(type === 'none' ? null : type)}
            />
            <CameraTypeIcon type={type} />
            <span className="font-medium leading-tight">{t(`camera.types.${type}.label`)}</span>
          </label>
        ))}
      </div>
      <p className="mt-1.5 text-xs text-neutral-400">{t(`camera.types.${current}.hint`)}</p>
    </fieldset>
  );
};
