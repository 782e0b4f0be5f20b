type ProgressBarProps = { value: number | null; label: string; valueText?: string };

/** A determinate bar when the value is known, an indeterminate shimmer when it is not. */
export const ProgressBar = ({ value, label, valueText }: ProgressBarProps) => (
  <div
    role="progressbar"
    aria-label={label}
    aria-valuemin={0}
    aria-valuemax={100}
    aria-valuenow={value ?? undefined}
    aria-valuetext={valueText}
    className="h-1.5 w-full overflow-hidden rounded-full bg-neutral-800"
  >
    {value === null ? (
      <div className="h-full w-1/3 animate-pulse rounded-full bg-amber-400/60" />
    ) : (
      <div className="h-full rounded-full bg-amber-400 transition-[width] duration-500" style={{ width: `${value}%` }} />
    )}
  </div>
);
