import { useState, type ComponentProps } from 'react';

type ButtonProps = ComponentProps<'button'> & { variant?: 'primary' | 'secondary' | 'ghost' };

// `inactive:` is disabled or aria-disabled (index.css).
const variants = {
  primary: 'bg-amber-400 text-neutral-950 hover:bg-amber-300 inactive:bg-neutral-700 inactive:text-neutral-400',
  secondary: 'bg-neutral-800 text-neutral-100 hover:bg-neutral-700 inactive:bg-neutral-800 inactive:text-neutral-400',
  ghost: 'text-neutral-300 hover:bg-neutral-800 hover:text-neutral-100 inactive:bg-transparent inactive:text-neutral-600',
};

export const Button = ({
  variant = 'secondary',
  className = '',
  type = 'button',
  disabled,
  'aria-disabled': ariaDisabled,
  onClick,
  onFocus,
  onBlur,
  ...props
}: ButtonProps) => {
  // A button that disables itself as it is pressed (Redo with nothing left, Move up at the top)
  // would drop the keyboard focus to the page's start. While it has the focus it is only
  // aria-disabled; once the focus moves on, it is disabled for real.
  const [focused, setFocused] = useState(false);
  const keepsFocus = Boolean(disabled) && focused;
  const inert = keepsFocus || ariaDisabled === true || ariaDisabled === 'true';
  return (
    <button
      type={type}
      className={`inline-flex items-center justify-center gap-2 rounded-lg px-3 py-2 text-sm font-medium transition-colors inactive:cursor-not-allowed ${variants[variant]} ${className}`}
      {...props}
      disabled={disabled && !keepsFocus}
      aria-disabled={keepsFocus || ariaDisabled}
      // Cancelling the click also cancels a submit, Enter in one of the form's fields included.
      onClick={inert ? (event) => event.preventDefault() : onClick}
      onFocus={(event) => {
        setFocused(true);
        onFocus?.(event);
      }}
      onBlur={(event) => {
        // The window losing focus blurs the button too, but it gets the focus back on return.
        if (document.activeElement !== event.currentTarget) setFocused(false);
        onBlur?.(event);
      }}
    />
  );
};
