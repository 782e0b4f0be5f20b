import { useTranslation } from '../../../lib/use-translation.ts';
import { CAMERA_AXIS_MAX, CAMERA_AXIS_MIN, type CameraAxis } from '../../../api/contract-limits.ts';

type AxisSliderProps = { axis: CameraAxis; value: number; wasReset: boolean; onChange: (value: number) => void };

/** One axis of the simple move, with what its negative and positive ends mean. */
export const AxisSlider = ({ axis, value, wasReset, onChange }: AxisSliderProps) => {
  const { t } = useTranslation();
  const id = `camera-axis-${axis}`;
  const meaningId = `${id}-meaning`;
  return (
    <div
      className={`rounded-md px-2 py-1.5 transition-colors duration-700 ${wasReset ? 'bg-amber-400/15 ring-1 ring-amber-400/60' : value !== 0 ? 'bg-neutral-800/70' : ''}`}
    >
      <div className="flex items-baseline justify-between gap-2 text-xs">
        <label htmlFor={id} className="font-medium text-neutral-200">
          {t(`camera.axes.${axis}.label`)}
        </label>
        <span className="tabular-nums text-neutral-300">
          {wasReset ? <span className="mr-2 text-amber-300">{t('camera.wasReset')}</span> : null}
          {value > 0 ? `+${value}` : value}
        </span>
      </div>
      <input
        id={id}
        type="range"
        min={CAMERA_AXIS_MIN}
        max={CAMERA_AXIS_MAX}
        step={0.5}
        value={value}
        onChange={(event) => onChange(Number(event.target.value))}
        aria-describedby={meaningId}
        aria-valuetext={`${value} ${t(`camera.axes.${axis}.${value < 0 ? 'negative' : value > 0 ? 'positive' : 'still'}`)}`}
        className={`w-full ${value !== 0 ? 'accent-amber-400' : 'accent-neutral-500'}`}
      />
      <p id={meaningId} className="flex justify-between text-[11px] text-neutral-400">
        <span>− {t(`camera.axes.${axis}.negative`)}</span>
        <span>+ {t(`camera.axes.${axis}.positive`)}</span>
      </p>
    </div>
  );
};
