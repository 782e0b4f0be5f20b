import { useTranslation } from '../../../lib/use-translation.ts';
import type { Tool } from '../hooks/use-stroke-input.ts';
import type { KeyboardBrush } from '../utils/keyboard-brush.ts';

type KeyboardCursorProps = { brush: KeyboardBrush; tool: Tool; radius: number };

const percent = (value: number) => Math.round(value * 100);

/**
 * Where the keyboard brush is: a ring of the brush's size, shown while the canvas before it
 * has keyboard focus (`peer`), and the same in words for a screen reader, as it moves.
 */
export const KeyboardCursor = ({ brush, tool, radius }: KeyboardCursorProps) => {
  const { t } = useTranslation();
  const { x, y } = brush.cursor;
  const where = t('motionBrush.keyboard.cursor', { x: percent(x), y: percent(y) });
  const state = brush.stroke ? ` ${t(tool === 'erase' ? 'motionBrush.keyboard.erasing' : 'motionBrush.keyboard.painting')}` : '';
  return (
    <>
      <span
        aria-hidden
        data-testid="keyboard-cursor"
        className={`pointer-events-none absolute hidden aspect-square -translate-x-1/2 -translate-y-1/2 rounded-full border-2 shadow-[0_0_0_1px_rgb(0_0_0/0.8)] peer-focus-visible:block ${brush.stroke ? 'border-amber-300' : 'border-white/90'}`}
        style={{ left: `${x * 100}%`, top: `${y * 100}%`, width: tool === 'path' ? '0.75rem' : `max(0.5rem, ${radius * 200}%)` }}
      />
      <p aria-live="polite" className="sr-only">
        {where}
        {state}
      </p>
    </>
  );
};
