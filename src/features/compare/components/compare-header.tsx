import { useTranslation } from '../../../lib/use-translation.ts';
import { Button } from '../../../components/button.tsx';
import { truncate } from '../../../lib/format.ts';
import type { CompareMember } from '../utils/compare-member.ts';
import { sweptParameter } from '../utils/swept-parameter.ts';

export type Layout = 'side' | 'wipe';

type CompareHeaderProps = {
  members: CompareMember[];
  layout: Layout;
  canWipe: boolean;
  onLayout: (layout: Layout) => void;
  onClose: () => void;
};

/** What is being compared, how it is laid out, and the way out. */
export const CompareHeader = ({ members, layout, canWipe, onLayout, onClose }: CompareHeaderProps) => {
  const { t } = useTranslation();
  const set = members[0]?.set;
  const swept = set?.kind === 'sweep' && set.parameter ? sweptParameter(set.parameter) : null;
  const sweptLabel = !swept
    ? null
    : 'axis' in swept
      ? `${t('fields.cameraControl')} · ${t(`camera.axes.${swept.axis}.label`)}`
      : t(`fields.${swept.field}` as 'fields.mode', { defaultValue: swept.field });
  const prompt = members.find((member) => member.request)?.request?.prompt ?? '';
  const layouts: Layout[] = ['side', 'wipe'];
  return (
    <header className="sticky top-0 z-20 flex flex-wrap items-center gap-x-4 gap-y-2 border-b border-neutral-800 bg-neutral-950 px-4 py-2.5">
      <div className="min-w-0 flex-1">
        <h2 id="compare-title" className="text-sm font-semibold sm:text-base">
          {t('compare.title', { kind: set ? t(`compare.kinds.${set.kind}`) : '' })}{' '}
          {/* The space above keeps the title and the count apart when the heading is read as one line. */}
          <span className="ml-1 text-xs font-normal whitespace-nowrap text-neutral-400 sm:text-sm">
            {t('compare.members', { count: members.length })}
            {sweptLabel ? ` · ${t('compare.sweepOf', { parameter: sweptLabel })}` : null}
          </span>
        </h2>
        {prompt ? (
          <p className="truncate text-xs text-neutral-400" title={prompt}>
            {truncate(prompt, 200)}
          </p>
        ) : null}
      </div>
      <div
        role="radiogroup"
        aria-label={t('compare.layout')}
        className="order-last flex basis-full rounded-lg border border-neutral-700 p-0.5 text-xs sm:order-none sm:basis-auto"
      >
        {layouts.map((option) => (
          <label
            key={option}
            className={`relative flex-1 cursor-pointer rounded-md px-2.5 py-1 text-center sm:flex-none has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-amber-400 ${layout === option ? 'bg-neutral-700 text-white' : 'text-neutral-400'} ${option === 'wipe' && !canWipe ? 'cursor-not-allowed opacity-50' : ''}`}
            title={option === 'wipe' && !canWipe ? t('compare.wipeNeedsTwo') : undefined}
          >
            <input
              type="radio"
              name="compare-layout"
              className="absolute inset-0 cursor-pointer opacity-0"
              checked={layout === option}
              disabled={option === 'wipe' && !canWipe}
              onChange={() => onLayout(option)}
            />
            {t(option === 'side' ? 'compare.layoutSide' : 'compare.layoutWipe')}
          </label>
        ))}
      </div>
      <Button variant="ghost" onClick={onClose} aria-label={t('compare.close')}>
        ✕
      </Button>
    </header>
  );
};
