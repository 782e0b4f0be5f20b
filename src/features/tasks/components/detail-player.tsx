import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '../../../lib/use-translation.ts';
import { Button } from '../../../components/button.tsx';
import { useFrameRate } from '../hooks/use-frame-rate.ts';

const speeds = [0.25, 0.5, 1, 1.5, 2];

// Where , . and F are typing, not the player's keys.
const takesText = (target: EventTarget | null) =>
  target instanceof HTMLTextAreaElement ||
  target instanceof HTMLSelectElement ||
  (target instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'range'].includes(target.type)) ||
  (target instanceof HTMLElement && target.isContentEditable);

// Someone who asked for less motion starts the clip themselves.
const autoPlays = () => !globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches;

/** A larger player for looking closely: loop, speed, one frame at a time, full screen. */
export const DetailPlayer = ({ src, label }: { src: string; label: string }) => {
  const { t } = useTranslation();
  const videoRef = useRef<HTMLVideoElement>(null);
  const [loop, setLoop] = useState(true);
  const [speed, setSpeed] = useState(1);
  const fps = useFrameRate(videoRef);
  useEffect(() => {
    if (videoRef.current) videoRef.current.playbackRate = speed;
  }, [speed]);

  const step = (frames: number) => {
    const video = videoRef.current;
    if (!video) return;
    video.pause();
    // Aim at the middle of the target frame so rounding cannot land on its neighbour.
    const frame = Math.floor(video.currentTime * fps + 1e-3) + frames;
    video.currentTime = Math.min(Math.max(0, (frame + 0.5) / fps), Number.isFinite(video.duration) ? video.duration : Infinity);
  };
  const fullscreen = () => void videoRef.current?.requestFullscreen?.();
  // The keys work wherever the focus is in the (modal) detail view, its close button included,
  // which is where it starts; the player is the only one on screen.
  const keys = useRef({ step, fullscreen });
  useEffect(() => {
    keys.current = { step, fullscreen };
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || takesText(event.target)) return;
      if (event.key === ',') keys.current.step(-1);
      else if (event.key === '.') keys.current.step(1);
      else if (event.key === 'f' || event.key === 'F') keys.current.fullscreen();
      else return;
      event.preventDefault();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

  return (
    <div className="space-y-2">
      <video
        ref={videoRef}
        className="aspect-video w-full rounded-lg bg-black object-contain"
        src={src}
        controls
        loop={loop}
        muted
        playsInline
        autoPlay={autoPlays()}
        preload="auto"
        aria-label={label}
        aria-describedby="player-keys"
      />
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <label className="flex items-center gap-1.5">
          <input type="checkbox" className="size-4 accent-amber-400" checked={loop} onChange={(event) => setLoop(event.target.checked)} />
          {t('player.loop')}
        </label>
        <label htmlFor="player-speed">{t('player.speed')}</label>
        <select
          id="player-speed"
          value={speed}
          onChange={(event) => setSpeed(Number(event.target.value))}
          className="rounded-lg border border-neutral-700 bg-neutral-950 px-2 py-1"
        >
          {speeds.map((value) => (
            <option key={value} value={value}>
              {value}×
            </option>
          ))}
        </select>
        <Button variant="ghost" onClick={() => step(-1)}>
          ‹ {t('player.frameBack')}
        </Button>
        <Button variant="ghost" onClick={() => step(1)}>
          {t('player.frameForward')} ›
        </Button>
        <Button variant="ghost" onClick={fullscreen}>
          {t('player.fullscreen')}
        </Button>
      </div>
      <p id="player-keys" className="text-xs text-neutral-400 pointer-coarse:hidden">
        {t('player.keys')}
      </p>
    </div>
  );
};
