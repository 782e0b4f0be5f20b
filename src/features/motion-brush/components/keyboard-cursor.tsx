import { useEffect, useState } from 'react';
import { useTranslation } from '../../../lib/use-translation.ts';
import type { KeyboardNews } from '../hooks/use-keyboard-brush.ts';
import type { KeyboardBrush } from '../utils/keyboard-brush.ts';
import type { Tool } from '../utils/tool.ts';

type KeyboardCursorProps = { brush: KeyboardBrush; news: KeyboardNews; tool: Tool; radius: number };

const percent = (value: number) => Math.round(value * 100);
// A held arrow moves the brush many times a second: its place is said once it rests.
const SETTLE_MS = 350;

/**
 * Where the keyboard brush is: a ring of the brush's size, shown while the canvas before it
 * has keyboard focus (`peer`), and in words for a screen reader: what a key just did at once,
 * the brush's place once it stops moving. Nothing is said before the first key.
 */
export const KeyboardCursor = ({ brush, news, tool, radius }: KeyboardCursorProps) => {
  const { t } = useTranslation();
  const { x, y } = brush.cursor;
  const erasing = tool === 'erase';
  const done = {
    stroke: t(erasing ? 'motionBrush.keyboard.erased' : 'motionBrush.keyboard.painted'),
    dab: t(erasing ? 'motionBrush.keyboard.erased' : 'motionBrush.keyboard.painted'),
    point: t('motionBrush.keyboard.pointAdded'),
    dropped: t('motionBrush.keyboard.dropped'),
    noPath: t('motionBrush.toolHints.pathNeedsMotion'),
  };
  const words = [
    news.action ? done[news.action] : '',
    t('motionBrush.keyboard.cursor', { x: percent(x), y: percent(y) }),
    brush.stroke ? t(erasing ? 'motionBrush.keyboard.erasing' : 'motionBrush.keyboard.painting') : '',
  ]
    .filter(Boolean)
    .join(' ');
  const [spoken, setSpoken] = useState('');
  useEffect(() => {
    if (news.keys === 0) return;
    const timer = setTimeout(() => setSpoken(words), news.action ? 0 : SETTLE_MS);
    return () => clearTimeout(timer);
  }, [news, words]);

  return (
    <>
      <span
        aria-hidden
        data-testid="keyboard-cursor"
        className={`pointer-events-none absolute hidden aspect-square -translate-x-1/2 -translate-y-1/2 rounded-full border-2 shadow-[0_0_0_1px_rgb(0_0_0/0.8)] peer-focus-visible:block ${brush.stroke ? 'border-amber-300' : 'border-white/90'}`}
        style={{ left: `${x * 100}%`, top: `${y * 100}%`, width: tool === 'path' ? '0.75rem' : `max(0.5rem, ${radius * 200}%)` }}
      />
      <p aria-live="polite" className="sr-only">
        {spoken}
      </p>
    </>
  );
};
