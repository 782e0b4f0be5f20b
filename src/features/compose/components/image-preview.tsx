import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '../../../lib/use-translation.ts';
import { Button } from '../../../components/button.tsx';
import { fitImage } from '../utils/fit-image.ts';
import { planFit } from '../utils/fit-plan.ts';
import { formatBytes, previewSrc, type ImageFacts } from '../utils/image-data.ts';

type ImagePreviewProps = { value: string; facts: ImageFacts; urlFailed: boolean; label: string; onChange: (value: string | null) => void };

/** The image as it will be sent, its pixel size, file size and format, and a fix when Kling would refuse it. */
export const ImagePreview = ({ value, facts, urlFailed, label, onChange }: ImagePreviewProps) => {
  const { t } = useTranslation();
  const [fixing, setFixing] = useState<'idle' | 'busy' | 'failed'>('idle');
  const plan =
    facts.source === 'base64' && facts.width && facts.height && facts.bytes !== null
      ? planFit({ width: facts.width, height: facts.height, bytes: facts.bytes, format: facts.format })
      : null;
  const size = facts.width && facts.height ? `${facts.width}×${facts.height}` : t('compose.image.sizeUnknown');
  const format = facts.format ? facts.format.toUpperCase() : t('compose.image.formatUnknown');
  const bytes = facts.bytes !== null ? formatBytes(facts.bytes) : t('compose.image.linked');

  // The Fix button goes once the image is fixed: if the focus was still on it, it moves to
  // the new facts, which are read out. Someone who went on to type keeps their place.
  const factsLine = useRef<HTMLParagraphElement>(null);
  const fixButton = useRef<HTMLButtonElement>(null);
  const focusFacts = useRef(false);
  // The image shown now: a fix finished for one replaced or removed meanwhile is dropped.
  const current = useRef(value);
  useEffect(() => {
    current.current = value;
    if (!focusFacts.current) return;
    focusFacts.current = false;
    factsLine.current?.focus();
  }, [value]);

  const fix = () => {
    if (!plan || fixing === 'busy') return;
    setFixing('busy');
    const fixingValue = value;
    fitImage(value, plan).then(
      (fixed) => {
        setFixing('idle');
        if (current.current !== fixingValue) return;
        const focus = document.activeElement;
        focusFacts.current = focus === fixButton.current || focus === document.body;
        onChange(fixed);
      },
      () => setFixing('failed'),
    );
  };

  return (
    <div className="flex gap-3">
      {urlFailed ? (
        <div className="flex size-20 shrink-0 items-center justify-center rounded-md bg-neutral-950 text-2xl text-neutral-600" aria-hidden>
          ?
        </div>
      ) : (
        <img
          src={previewSrc(value)}
          alt={t('compose.image.previewAlt', { slot: label })}
          className="size-20 shrink-0 rounded-md bg-neutral-950 object-contain"
        />
      )}
      <div className="min-w-0 flex-1 space-y-1 text-xs">
        <p ref={factsLine} tabIndex={-1} className="font-medium tabular-nums text-neutral-200" data-testid={`image-facts`}>
          {size} · {format} · {bytes}
        </p>
        {urlFailed ? <p className="text-amber-300">{t('compose.image.urlNotLoaded')}</p> : null}
        {plan ? (
          <div className="space-y-1">
            <p className="text-neutral-400">
              {t('compose.image.fixPlan', {
                steps: plan.reasons.map((reason) => t(`compose.image.fix.${reason}`)).join(', '),
                width: plan.width,
                height: plan.height,
                type: plan.type === 'image/png' ? 'PNG' : 'JPEG',
              })}
            </p>
            <Button
              ref={fixButton}
              variant="secondary"
              className="px-2 py-1 text-xs"
              onClick={fix}
              aria-disabled={fixing === 'busy' || undefined}
            >
              {fixing === 'busy' ? t('compose.image.fixing') : t('compose.image.fixButton')}
            </Button>
            {fixing === 'failed' ? <p className="text-rose-300">{t('compose.image.fixFailed')}</p> : null}
          </div>
        ) : null}
        <Button
          variant="ghost"
          className="px-2 py-1 text-xs"
          onClick={() => onChange(null)}
          aria-label={t('compose.image.removeLabel', { slot: label })}
        >
          {t('compose.image.remove')}
        </Button>
      </div>
    </div>
  );
};
