import { useState, type ButtonHTMLAttributes } from 'react';

type ButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & { variant?: 'primary' | 'secondary' | 'ghost' };

const variants = {
  primary: 'bg-amber-400 text-neutral-950 hover:bg-amber-300 disabled:bg-neutral-700 disabled:text-neutral-400 aria-disabled:bg-neutral-700 aria-disabled:text-neutral-400',
  secondary: 'bg-neutral-800 text-neutral-100 hover:bg-neutral-700 disabled:text-neutral-400 aria-disabled:bg-neutral-800 aria-disabled:text-neutral-400',
  ghost: 'text-neutral-300 hover:bg-neutral-800 hover:text-neutral-100 disabled:text-neutral-600 aria-disabled:bg-transparent aria-disabled:text-neutral-600',
};

export const Button = ({ variant = 'secondary', className = '', type = 'button', disabled, 'aria-disabled': ariaDisabled, onClick, onFocus, onBlur, ...props }: ButtonProps) => {
  // A button that disables itself as it is pressed (Undo with nothing left, Move up at the top)
  // would drop the keyboard focus to the page's start. While it has the focus it is only
  // aria-disabled, and inert; once the focus moves on, it is disabled for real.
  const [focused, setFocused] = useState(false);
  const keepsFocus = Boolean(disabled) && focused;
  return (
    <button
      type={type}
      className={`inline-flex items-center justify-center gap-2 rounded-lg px-3 py-2 text-sm font-medium transition-colors disabled:cursor-not-allowed aria-disabled:cursor-not-allowed ${variants[variant]} ${className}`}
      {...props}
      disabled={disabled && !keepsFocus}
      aria-disabled={keepsFocus || ariaDisabled}
      onClick={keepsFocus ? (event) => event.preventDefault() : onClick}
      onFocus={(event) => {
        setFocused(true);
        onFocus?.(event);
      }}
      onBlur={(event) => {
        setFocused(false);
        onBlur?.(event);
      }}
    />
  );
};
