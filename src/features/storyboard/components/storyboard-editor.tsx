import { useEffect, useRef } from 'react';
import { useTranslation } from '../../../lib/use-translation.ts';
import type { RuleIssue } from '../../../api/check-request.ts';
import type { MultiShot } from '../../../api/generation-request.schema.ts';
import { Button } from '../../../components/button.tsx';
import { focusAction } from '../../../lib/focus-action.ts';
import { SegmentedControl } from '../../../components/segmented-control.tsx';
import { addShot, fitShots, moveShot, removeShot, setShotDuration, splitEvenly, type Shot } from '../utils/shot-arithmetic.ts';
import { ShotCard } from './shot-card.tsx';
import { ShotTimeline } from './shot-timeline.tsx';

type StoryboardEditorProps = {
  value: MultiShot | null;
  onChange: (value: MultiShot | null) => void;
  duration: number; // the clip's, set in the composer
  issues: RuleIssue[]; // the multiShot ones
  describedBy: string | undefined;
};

const FIRST_SHOTS = 2;
const total = (shots: readonly Shot[]) => shots.reduce((sum, shot) => sum + shot.duration, 0);

/** kling-v3's multi-shot: a storyboard of 1–6 shots that always fills the clip's duration. */
export const StoryboardEditor = ({ value, onChange, duration, issues, describedBy }: StoryboardEditorProps) => {
  const { t } = useTranslation();
  const shots = value?.shots ?? [];
  const customize = value?.shotType === 'customize';

  // The clip's duration is set elsewhere: when it changes, the shots follow in proportion.
  useEffect(() => {
    if (!value || value.shotType !== 'customize' || total(value.shots) === duration) return;
    const fitted = fitShots(value.shots, duration);
    if (fitted) onChange({ ...value, shots: fitted });
  }, [value, duration, onChange]);

  const setShots = (next: Shot[] | null) => next && value && onChange({ ...value, shots: next });

  // Cards are keyed by place: after a move the focus follows the shot to its new place (pressing
  // again moves the same shot), and after a removal it stays at the same place in the list.
  const list = useRef<HTMLOListElement>(null);
  const focusAfter = useRef<{ index: number; action: 'up' | 'down' | 'remove' } | null>(null);
  useEffect(() => {
    const target = focusAfter.current;
    if (!target) return;
    focusAfter.current = null;
    const cards = list.current?.children;
    const card = cards?.[Math.min(target.index, cards.length - 1)];
    if (!focusAction(card, target.action)) card?.querySelector('textarea')?.focus();
  }, [value]);
  // Asked for only with a change that lands, so no later, unrelated change takes the focus.
  const moveTo = (from: number, to: number) => {
    if (to < 0 || to >= shots.length || !value) return;
    focusAfter.current = { index: to, action: to < from ? 'up' : 'down' };
    setShots(moveShot(shots, from, to));
  };
  const remove = (index: number) => {
    const next = removeShot(shots, index);
    if (!next || !value) return;
    focusAfter.current = { index, action: 'remove' };
    setShots(next);
  };
  const enable = (on: boolean) =>
    onChange(
      on
        ? {
            shotType: 'customize',
            shots: splitEvenly(Math.min(FIRST_SHOTS, duration), duration).map((seconds) => ({ prompt: '', duration: seconds })),
          }
        : null,
    );
  const problemsOf = (index: number) =>
    issues
      .filter((issue) => issue.field.startsWith(`multiShot.shots.${index}.`))
      .map((issue) => ({
        text: t(`rules.${issue.rule}` as 'rules.required', { ...issue.params, defaultValue: issue.message }),
        soft: issue.rule === 'required',
      }));
  const general = issues.filter((issue) => !/^multiShot\.shots\.\d+\./.test(issue.field));
  const added = addShot(shots);

  return (
    <div className="space-y-3" aria-describedby={describedBy}>
      <label className="flex items-start gap-2 text-sm">
        <input
          type="checkbox"
          checked={value !== null}
          onChange={(event) => enable(event.target.checked)}
          className="mt-0.5 accent-amber-400"
        />
        <span>
          <span className="font-medium">{t('storyboard.enable')}</span>
          <span className="block text-xs text-neutral-400">{t('storyboard.hint')}</span>
        </span>
      </label>
      {value ? (
        <>
          <SegmentedControl
            legend={t('storyboard.shotType.legend')}
            name="shot-type"
            value={value.shotType}
            onChange={(shotType) =>
              onChange({
                shotType,
                shots:
                  shotType === 'customize' && shots.length === 0
                    ? splitEvenly(Math.min(FIRST_SHOTS, duration), duration).map((seconds) => ({ prompt: '', duration: seconds }))
                    : shots,
              })
            }
            options={(['customize', 'intelligence'] as const).map((type) => ({
              value: type,
              label: t(`storyboard.shotType.${type}`),
              hint: t(`storyboard.shotType.${type}Hint`),
            }))}
          />
          {customize ? (
            <>
              <p className="text-xs text-neutral-400">{t('storyboard.promptNote')}</p>
              <div className="space-y-1">
                <div className="flex items-baseline justify-between gap-2">
                  <h4 className="text-xs font-medium uppercase tracking-wide text-neutral-400">{t('storyboard.timeline')}</h4>
                  <p className="text-xs tabular-nums text-neutral-300" aria-live="polite">
                    {t('storyboard.summary', { count: shots.length, total: total(shots), duration })}
                  </p>
                </div>
                <ShotTimeline shots={shots} duration={Math.max(1, total(shots))} onChange={setShots} />
                <p className="text-[11px] text-neutral-400">{t('storyboard.timelineHint')}</p>
              </div>
              <ol ref={list} className="space-y-2">
                {shots.map((shot, index) => (
                  <ShotCard
                    key={index}
                    shot={shot}
                    index={index}
                    count={shots.length}
                    maxSeconds={duration - (shots.length - 1)}
                    problems={problemsOf(index)}
                    onPrompt={(prompt) => setShots(shots.map((s, i) => (i === index ? { ...s, prompt } : s)))}
                    onDuration={(seconds) => setShots(setShotDuration(shots, index, seconds))}
                    onMove={(to) => moveTo(index, to)}
                    onRemove={shots.length > 1 ? () => remove(index) : null}
                  />
                ))}
              </ol>
              <div className="flex flex-wrap items-center gap-2">
                <Button
                  className="px-2 py-1 text-xs"
                  onClick={() => setShots(added)}
                  disabled={!added}
                  aria-describedby={added ? undefined : 'storyboard-add-limit'}
                >
                  + {t('storyboard.add')}
                </Button>
                {added ? null : (
                  <span id="storyboard-add-limit" className="text-xs text-neutral-400">
                    {t('storyboard.addLimit')}
                  </span>
                )}
              </div>
              {shots.length > duration ? <p className="text-xs text-rose-300">{t('storyboard.tooManyShots', { duration })}</p> : null}
            </>
          ) : (
            <p className="text-xs text-neutral-400">{t('storyboard.intelligenceNote')}</p>
          )}
          {general.length ? (
            <ul className="space-y-0.5 text-xs text-rose-300">
              {general.map((issue) => (
                <li key={`${issue.field}-${issue.rule}`}>
                  {t(`rules.${issue.rule}` as 'rules.required', { ...issue.params, defaultValue: issue.message })}
                </li>
              ))}
            </ul>
          ) : null}
        </>
      ) : null}
    </div>
  );
};
