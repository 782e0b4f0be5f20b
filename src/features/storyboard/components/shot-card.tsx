import { useTranslation } from '../../../lib/use-translation.ts';
import { SHOT_PROMPT_MAX } from '../../../api/contract-limits.ts';
import { Button } from '../../../components/button.tsx';
import type { Shot } from '../utils/shot-arithmetic.ts';

type ShotCardProps = {
  shot: Shot;
  index: number;
  count: number;
  maxSeconds: number;
  problems: { text: string; soft: boolean }[]; // soft: a reminder (an empty prompt), not yet an error
  onPrompt: (prompt: string) => void;
  onDuration: (seconds: number) => void;
  onMove: (to: number) => void;
  onRemove: (() => void) | null;
};

/** One shot: what happens in it, how long it lasts, and its place in the order. */
export const ShotCard = ({ shot, index, count, maxSeconds, problems, onPrompt, onDuration, onMove, onRemove }: ShotCardProps) => {
  const { t } = useTranslation();
  const n = index + 1;
  const promptId = `shot-${n}-prompt`;
  const problemsId = `shot-${n}-problems`;
  const over = shot.prompt.length > SHOT_PROMPT_MAX;
  return (
    <li className="space-y-1.5 rounded-lg border border-neutral-800 p-2.5" aria-labelledby={`shot-${n}-title`}>
      <div className="flex flex-wrap items-center gap-2">
        <h4 id={`shot-${n}-title`} className="text-sm font-medium">
          {t('storyboard.shot', { n })}
        </h4>
        <label className="ml-auto flex items-center gap-1 text-xs text-neutral-400">
          <span className="sr-only">{t('storyboard.duration', { n })}</span>
          <input
            type="number"
            min={1}
            max={maxSeconds}
            step={1}
            value={shot.duration}
            onChange={(event) => event.target.value && onDuration(Number(event.target.value))}
            className="w-14 rounded-md border border-neutral-700 bg-neutral-950 px-1.5 py-1 text-right text-sm tabular-nums"
          />
          <span aria-hidden>s</span>
        </label>
        <Button
          variant="ghost"
          className="px-1.5 py-1 text-xs"
          onClick={() => onMove(index - 1)}
          disabled={index === 0}
          data-action="up"
          aria-label={t('storyboard.moveUp', { n })}
        >
          ↑
        </Button>
        <Button
          variant="ghost"
          className="px-1.5 py-1 text-xs"
          onClick={() => onMove(index + 1)}
          disabled={index === count - 1}
          data-action="down"
          aria-label={t('storyboard.moveDown', { n })}
        >
          ↓
        </Button>
        <Button
          variant="ghost"
          className="px-1.5 py-1 text-xs"
          onClick={onRemove ?? undefined}
          disabled={!onRemove}
          data-action="remove"
          aria-label={t('storyboard.remove', { n })}
        >
          ✕
        </Button>
      </div>
      <label htmlFor={promptId} className="sr-only">
        {t('storyboard.shotPrompt', { n })}
      </label>
      <textarea
        id={promptId}
        value={shot.prompt}
        rows={2}
        placeholder={t('storyboard.shotPromptPlaceholder')}
        onChange={(event) => onPrompt(event.target.value)}
        aria-describedby={problems.length ? problemsId : undefined}
        aria-invalid={over || undefined}
        className="w-full rounded-md border border-neutral-700 bg-neutral-950 px-2 py-1.5 text-sm aria-invalid:border-rose-500"
      />
      <div className="flex justify-between gap-2 text-xs">
        <ul id={problemsId}>
          {problems.map((problem) => (
            <li key={problem.text} className={problem.soft ? 'text-neutral-400' : 'text-rose-300'}>
              {problem.text}
            </li>
          ))}
        </ul>
        <span className={`tabular-nums ${over ? 'text-rose-300' : 'text-neutral-400'}`}>
          {t('storyboard.characters', { count: shot.prompt.length, max: SHOT_PROMPT_MAX })}
        </span>
      </div>
    </li>
  );
};
