import { useEffect, useRef } from 'react';
import { useTranslation } from '../../../lib/use-translation.ts';
import type { AspectRatio } from '../../../api/contract-limits.ts';
import type { CameraControl } from '../../../api/generation-request.schema.ts';
import { movingAxes } from '../utils/camera-axes.ts';
import { cameraMotion } from '../utils/camera-motion.ts';
import { NeutralScene } from './neutral-scene.tsx';

type CameraPreviewProps = { control: CameraControl | null; frame: string | null; aspectRatio: AspectRatio };

const LOOP_MS = 2400;

/** The move played over the first frame (or a stand-in scene), so "pan −4" is seen before a credit is spent. */
export const CameraPreview = ({ control, frame, aspectRatio }: CameraPreviewProps) => {
  const { t } = useTranslation();
  const scene = useRef<HTMLDivElement>(null);
  const { from, to } = cameraMotion(control);

  useEffect(() => {
    const element = scene.current;
    if (!element || from === to) return;
    if (globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches) {
      element.style.transform = to;
      return () => void (element.style.transform = '');
    }
    const animation = element.animate([{ transform: from }, { transform: to }], {
      duration: LOOP_MS,
      iterations: Infinity,
      direction: 'alternate',
      easing: 'ease-in-out',
    });
    return () => animation.cancel();
  }, [from, to]);

  const axis = control?.type === 'simple' ? movingAxes(control)[0] : undefined;
  const value = axis ? (control?.config?.[axis] ?? 0) : 0;
  const caption = !control
    ? t('camera.preview.still')
    : control.type !== 'simple'
      ? t(`camera.types.${control.type}.hint`)
      : axis
        ? t('camera.preview.axis', {
            axis: t(`camera.axes.${axis}.label`),
            value: value > 0 ? `+${value}` : value,
            meaning: t(`camera.axes.${axis}.${value < 0 ? 'negative' : 'positive'}`),
          })
        : t('camera.preview.pickAxis');

  return (
    <figure className="space-y-1">
      <div
        className="relative mx-auto max-h-56 overflow-hidden rounded-lg bg-neutral-950 [perspective:600px]"
        style={{ aspectRatio: aspectRatio.replace(':', ' / ') }}
      >
        <div ref={scene} className="size-full will-change-transform" data-testid="camera-scene">
          {frame ? <img src={frame} alt="" className="size-full object-cover" /> : <NeutralScene />}
        </div>
        <div className="pointer-events-none absolute inset-[12%] rounded border border-dashed border-white/30" aria-hidden />
      </div>
      <figcaption className="text-center text-xs text-neutral-300" aria-live="polite">
        {caption}
      </figcaption>
    </figure>
  );
};
