import { useTranslation } from '../../../lib/use-translation.ts';
import { Button } from '../../../components/button.tsx';
import { useSyncTime } from '../hooks/use-sync-time.ts';
import { formatClock } from '../utils/clip-facts.ts';
import type { SyncState, VideoSync } from '../utils/video-sync.ts';

const speeds = [0.1, 0.25, 0.5, 1, 1.5, 2];

// Drawn, not a font glyph: the media symbols are missing from many system fonts.
const StepIcon = ({ direction }: { direction: 1 | -1 }) => (
  <svg viewBox="0 0 16 16" className={`size-4 ${direction < 0 ? '-scale-x-100' : ''}`} aria-hidden fill="currentColor">
    <path d="M3 3l7 5-7 5z" />
    <rect x="11" y="3" width="2" height="10" />
  </svg>
);

/** The one set of controls every clip obeys; the only part of the view that follows the clock. */
export const TransportBar = ({ sync, state }: { sync: VideoSync; state: SyncState }) => {
  const { t } = useTranslation();
  const time = useSyncTime(sync);
  const disabled = state.total === 0 || state.duration === 0;
  const frame = Math.floor(time * state.fps + 1e-3);
  return (
    <div role="group" aria-label={t('compare.transport')} className="flex flex-wrap items-center gap-x-3 gap-y-2 text-sm">
      <div className="flex items-center gap-1">
        <Button
          variant="ghost"
          className="px-2 font-mono"
          disabled={disabled}
          onClick={() => void sync.step(-1)}
          aria-label={t('compare.frameBack')}
          title={t('compare.frameBack')}
        >
          <StepIcon direction={-1} />
        </Button>
        <Button variant="primary" className="w-24" disabled={disabled} onClick={() => void sync.toggle()} data-autofocus>
          {state.playing ? `❚❚ ${t('compare.pause')}` : `▶ ${t('compare.play')}`}
        </Button>
        <Button
          variant="ghost"
          className="px-2 font-mono"
          disabled={disabled}
          onClick={() => void sync.step(1)}
          aria-label={t('compare.frameForward')}
          title={t('compare.frameForward')}
        >
          <StepIcon direction={1} />
        </Button>
      </div>
      <output className="font-mono text-xs text-neutral-300 tabular-nums" aria-live="off">
        {formatClock(time)} <span className="text-neutral-600">/</span> {formatClock(state.duration)}
        {state.fpsMeasured ? <span className="ml-2 text-neutral-400">{t('compare.frame', { frame, fps: state.fps })}</span> : null}
      </output>
      <input
        type="range"
        aria-label={t('compare.seek')}
        min={0}
        max={state.duration || 1}
        step={0.01}
        value={Math.min(time, state.duration || 1)}
        aria-valuetext={t('compare.seekValue', { time: formatClock(time), duration: formatClock(state.duration) })}
        disabled={disabled}
        onChange={(event) => void sync.seek(Number(event.target.value))}
        className="min-w-40 flex-1 accent-amber-400"
      />
      <label className="flex items-center gap-1.5 text-xs text-neutral-300">
        <input
          type="checkbox"
          className="size-4 accent-amber-400"
          checked={state.loop}
          onChange={(event) => sync.setLoop(event.target.checked)}
        />
        {t('compare.loop')}
      </label>
      <label className="flex items-center gap-1.5 text-xs text-neutral-300">
        {t('compare.speed')}
        <select
          value={state.rate}
          onChange={(event) => sync.setRate(Number(event.target.value))}
          className="rounded-md border border-neutral-700 bg-neutral-900 px-1.5 py-1 font-mono text-xs"
        >
          {speeds.map((speed) => (
            <option key={speed} value={speed}>
              {speed}×
            </option>
          ))}
        </select>
      </label>
      {state.total > state.ready ? (
        <span className="text-xs text-neutral-400">{t('compare.waiting', { count: state.total - state.ready })}</span>
      ) : null}
    </div>
  );
};
