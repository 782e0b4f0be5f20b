import { useEffect, useState } from 'react';
import { useTranslation } from '../../../lib/use-translation.ts';
import { cameraAxes, type AspectRatio, type CameraAxis } from '../../../api/contract-limits.ts';
import type { CameraControl } from '../../../api/generation-request.schema.ts';
import { configOf, setAxis, withType } from '../utils/camera-axes.ts';
import { AxisSlider } from './axis-slider.tsx';
import { CameraPreview } from './camera-preview.tsx';
import { CameraTypePicker } from './camera-type-picker.tsx';

type CameraEditorProps = {
  value: CameraControl | null;
  onChange: (value: CameraControl | null) => void;
  frame: string | null;
  aspectRatio: AspectRatio;
  disabledReason: string | null;
  describedBy: string | undefined;
};

const RESET_FLASH_MS = 1600;

export const CameraEditor = ({ value, onChange, frame, aspectRatio, disabledReason, describedBy }: CameraEditorProps) => {
  const { t } = useTranslation();
  const [reset, setReset] = useState<CameraAxis[]>([]);
  useEffect(() => {
    if (reset.length === 0) return;
    const timer = setTimeout(() => setReset([]), RESET_FLASH_MS);
    return () => clearTimeout(timer);
  }, [reset]);

  // The picker keeps its place, dimmed under the reason: painting a mask (which rules a camera
  // move out) must not pull the motion brush's picture up the page mid-stroke.
  if (disabledReason)
    return (
      <div className="relative">
        <div inert className="opacity-25">
          <CameraTypePicker value={null} onChange={() => undefined} />
        </div>
        <p
          className="absolute inset-0 flex items-center justify-center rounded-lg border border-neutral-800 bg-neutral-950/70 p-3 text-center text-xs text-neutral-300"
          role="note"
        >
          {disabledReason}
        </p>
      </div>
    );

  const config = configOf(value);
  const moveAxis = (axis: CameraAxis, next: number) => {
    const result = setAxis(value, axis, next);
    onChange(result.control);
    if (result.reset.length) setReset(result.reset);
  };

  return (
    <div className="space-y-3" aria-describedby={describedBy}>
      <CameraTypePicker value={value?.type ?? null} onChange={(type) => onChange(withType(type))} />
      {value ? <CameraPreview control={value} frame={frame} aspectRatio={aspectRatio} /> : null}
      {value?.type === 'simple' ? (
        <fieldset className="space-y-1">
          <legend className="text-xs text-neutral-400">{t('camera.oneAxis')}</legend>
          {cameraAxes.map((axis) => (
            <AxisSlider
              key={axis}
              axis={axis}
              value={config[axis]}
              wasReset={reset.includes(axis)}
              onChange={(next) => moveAxis(axis, next)}
            />
          ))}
          <p className="sr-only" aria-live="polite">
            {reset.length ? t('camera.resetAnnounce', { axes: reset.map((axis) => t(`camera.axes.${axis}.label`)).join(', ') }) : ''}
          </p>
        </fieldset>
      ) : null}
    </div>
  );
};
