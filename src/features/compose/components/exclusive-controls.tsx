import { useTranslation } from '../../../lib/use-translation.ts';
import type { ExclusiveControl } from '../utils/active-controls.ts';

const controls: ExclusiveControl[] = ['imageTail', 'masks', 'cameraControl'];

/** Kling takes one of last frame, masks and camera move: shows which one this request uses and why the others rest. */
export const ExclusiveControls = ({ active, maskCount = 0 }: { active: ExclusiveControl[]; maskCount?: number }) => {
  const { t } = useTranslation();
  const current = active[0];
  return (
    <div className="rounded-lg bg-neutral-950/60 p-2 text-xs" role="group" aria-label={t('compose.exclusive.label')}>
      <ul className="flex flex-wrap gap-1.5">
        {controls.map((control) => (
          <li
            key={control}
            className={`rounded-full px-2 py-0.5 ${active.includes(control) ? 'bg-amber-400/20 text-amber-200' : 'bg-neutral-800 text-neutral-400'}`}
          >
            {t(`compose.exclusive.${control}`)}
            {control === 'masks' && maskCount > 0 ? <span className="tabular-nums"> · {maskCount}</span> : null}
            <span className="sr-only">{active.includes(control) ? ` ${t('compose.exclusive.inUse')}` : ''}</span>
          </li>
        ))}
      </ul>
      <p className="mt-1.5 text-neutral-400">
        {current
          ? t('compose.exclusive.activeExplain', { control: t(`compose.exclusive.${current}`) })
          : t('compose.exclusive.noneExplain')}
      </p>
    </div>
  );
};
