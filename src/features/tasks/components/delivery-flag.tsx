import { useTranslation } from '../../../lib/use-translation.ts';
import { deliveryMismatch } from '../utils/delivery-mismatch.ts';
import type { TaskRecord } from '../../../generation/records/task-record.ts';

/** On a finished clip that is not what was asked for: said on the card, not left to be found in the edit. */
export const DeliveryFlag = ({ record }: { record: TaskRecord }) => {
  const { t } = useTranslation();
  const mismatch = deliveryMismatch(record);
  if (!mismatch) return null;
  return (
    <p className="rounded border border-amber-500/40 bg-amber-500/10 px-2 py-1 text-xs text-amber-200">
      {mismatch.kind === 'duration'
        ? t('tasks.delivered.duration', { asked: mismatch.asked, got: mismatch.got })
        : t('tasks.delivered.dropped', {
            features: mismatch.features.map((feature) => t(`tasks.delivered.feature.${feature}`)).join(', '),
          })}
    </p>
  );
};
