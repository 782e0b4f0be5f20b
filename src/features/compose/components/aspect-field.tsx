import { useTranslation } from '../../../lib/use-translation.ts';
import { aspectRatios, type AspectRatio } from '../../../api/contract-limits.ts';
import { SegmentedControl } from '../../../components/segmented-control.tsx';
import { AspectShape } from './aspect-shape.tsx';

type AspectFieldProps = { value: AspectRatio; followsImage: boolean; onChange: (ratio: AspectRatio) => void };

export const AspectField = ({ value, followsImage, onChange }: AspectFieldProps) => {
  const { t } = useTranslation();
  return (
    <div>
      <SegmentedControl
        legend={t('compose.aspect')}
        name="aspect"
        value={value}
        onChange={onChange}
        options={aspectRatios.map((ratio) => ({
          value: ratio,
          label: (
            <span className="flex flex-col items-center gap-0.5">
              <AspectShape ratio={ratio} />
              {ratio}
            </span>
          ),
        }))}
      />
      {followsImage ? <p className="mt-1 text-xs text-neutral-400">{t('compose.aspectFollowsImage')}</p> : null}
    </div>
  );
};
