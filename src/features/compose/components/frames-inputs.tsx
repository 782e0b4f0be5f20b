import { useTranslation } from '../../../lib/use-translation.ts';
import type { RuleIssue } from '../../../api/check-request.ts';
import { Button } from '../../../components/button.tsx';
import { ImageSlotOnDemand as ImageSlot } from './image-slot-on-demand.tsx';

type FramesInputsProps = {
  image: string | null;
  imageTail: string | null;
  issues: RuleIssue[];
  onChange: (changes: { image?: string | null; imageTail?: string | null }) => void;
  onUrlLoaded: (url: string, size: { width: number; height: number }) => void;
};

export const FramesInputs = ({ image, imageTail, issues, onChange, onUrlLoaded }: FramesInputsProps) => {
  const { t } = useTranslation();
  return (
    <div className="space-y-2">
      <ImageSlot
        field="image"
        label={t('fields.image')}
        value={image}
        issues={issues}
        onChange={(value) => onChange({ image: value })}
        onUrlLoaded={onUrlLoaded}
      />
      <div className="flex justify-center">
        <Button
          variant="ghost"
          className="text-xs"
          onClick={() => onChange({ image: imageTail, imageTail: image })}
          disabled={!image && !imageTail}
        >
          <span aria-hidden>⇅</span> {t('compose.image.swap')}
        </Button>
      </div>
      <ImageSlot
        field="imageTail"
        label={t('fields.imageTail')}
        value={imageTail}
        issues={issues}
        onChange={(value) => onChange({ imageTail: value })}
        onUrlLoaded={onUrlLoaded}
      />
    </div>
  );
};
