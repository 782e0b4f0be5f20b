import type { ReactNode } from 'react';

type Option<T extends string | number> = { value: T; label: ReactNode; hint?: ReactNode };
type SegmentedControlProps<T extends string | number> = {
  legend: string;
  name: string;
  value: T;
  options: Option<T>[];
  onChange: (value: T) => void;
};

/**
 * A radio group drawn as buttons: one native input per option keeps arrow keys and
 * screen readers working. The input covers its label invisibly, so a click or tap
 * lands on the real control.
 */
export const SegmentedControl = <T extends string | number>({ legend, name, value, options, onChange }: SegmentedControlProps<T>) => (
  <fieldset>
    <legend className="mb-1.5 text-xs font-medium uppercase tracking-wide text-neutral-400">{legend}</legend>
    <div className="flex flex-wrap gap-1.5">
      {options.map((option) => (
        <label
          key={option.value}
          className="relative flex min-w-16 cursor-pointer flex-col rounded-lg border border-neutral-700 px-3 py-2 text-sm has-[:checked]:border-amber-400 has-[:checked]:bg-amber-400/10 has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-amber-400"
        >
          <input
            type="radio"
            name={name}
            className="absolute inset-0 cursor-pointer opacity-0"
            checked={option.value === value}
            onChange={() => onChange(option.value)}
          />
          <span className="font-medium">{option.label}</span>
          {option.hint ? <span className="text-xs text-neutral-400">{option.hint}</span> : null}
        </label>
      ))}
    </div>
  </fieldset>
);
