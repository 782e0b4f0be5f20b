import { useTranslation } from '../../../lib/use-translation.ts';
import type { PriceProblem } from '../utils/price-form.ts';

type PriceInputProps = {
  id: string;
  label: string;
  value: string;
  problem: PriceProblem | undefined;
  onChange: (value: string) => void;
  className?: string;
  autoFocus?: boolean;
  numeric?: boolean;
};

/** One text box of the price table; its problem sits right under it and is tied to it for screen readers. */
export const PriceInput = ({ id, label, value, problem, onChange, className = '', autoFocus, numeric = false }: PriceInputProps) => {
  const { t } = useTranslation();
  return (
    <div>
      <input
        id={id}
        aria-label={label}
        value={value}
        inputMode={numeric ? 'decimal' : undefined}
        autoComplete="off"
        spellCheck={false}
        autoFocus={autoFocus}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? `${id}-problem` : undefined}
        onChange={(event) => onChange(event.target.value)}
        className={`w-full rounded-md border border-neutral-700 bg-neutral-950 px-2 py-1.5 text-sm aria-invalid:border-rose-500 ${className}`}
      />
      {problem ? (
        <p id={`${id}-problem`} className="mt-1 text-xs text-rose-300">
          {t(`prices.problems.${problem}`)}
        </p>
      ) : null}
    </div>
  );
};
