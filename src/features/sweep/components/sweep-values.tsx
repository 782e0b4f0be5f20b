import { useTranslation } from '../../../lib/use-translation.ts';
import { choicesFor, pickedParameters, SWEEP_MAX, SWEEP_MIN, type SweepParameter } from '../utils/sweep-plan.ts';

type SweepValuesProps = {
  parameter: SweepParameter;
  text: string;
  picked: readonly string[];
  onText: (text: string) => void;
  onPicked: (values: string[]) => void;
};

const labelClass = 'mb-1.5 block text-xs font-medium uppercase tracking-wide text-neutral-400';
const boxClass = 'w-full rounded-lg border border-neutral-700 bg-neutral-950 px-3 py-2 font-mono text-sm';

/** The values to try: ticked from a list (modes, camera presets) or typed (numbers, models, negative prompts). */
export const SweepValues = ({ parameter, text, picked, onText, onPicked }: SweepValuesProps) => {
  const { t } = useTranslation();
  const limits = { min: SWEEP_MIN, max: SWEEP_MAX };
  if (pickedParameters.includes(parameter)) {
    const choices = choicesFor(parameter);
    const toggle = (choice: string, on: boolean) => onPicked(choices.filter((c) => (c === choice ? on : picked.includes(c))));
    return (
      <fieldset>
        <legend className={labelClass}>{t('sweep.values')}</legend>
        <div className="flex flex-wrap gap-3">
          {choices.map((choice) => (
            <label key={choice} className="flex items-center gap-1.5 font-mono text-sm">
              <input
                type="checkbox"
                checked={picked.includes(choice)}
                onChange={(event) => toggle(choice, event.target.checked)}
                className="accent-amber-400"
              />
              {choice}
            </label>
          ))}
        </div>
        <p className="mt-1 text-xs text-neutral-400">{t('sweep.valuesHintPick', limits)}</p>
      </fieldset>
    );
  }
  const lines = parameter === 'negativePrompt';
  return (
    <div>
      <label htmlFor="sweep-values" className={labelClass}>
        {t('sweep.values')}
      </label>
      {lines ? (
        <textarea
          id="sweep-values"
          rows={4}
          value={text}
          onChange={(event) => onText(event.target.value)}
          aria-describedby="sweep-values-hint"
          className={boxClass}
        />
      ) : (
        <input
          id="sweep-values"
          value={text}
          onChange={(event) => onText(event.target.value)}
          aria-describedby="sweep-values-hint"
          autoComplete="off"
          spellCheck={false}
          className={boxClass}
        />
      )}
      <p id="sweep-values-hint" className="mt-1 text-xs text-neutral-400">
        {t(lines ? 'sweep.valuesHintLines' : 'sweep.valuesHint', limits)}
      </p>
    </div>
  );
};
