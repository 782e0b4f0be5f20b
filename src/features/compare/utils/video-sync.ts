// One transport for several <video> elements. The longest clip is the leader and its
// currentTime is the clock; the others follow it. A seek pauses everyone, sets every
// currentTime and waits for each `seeked` before playing on, so after a seek all clips
// show the same instant. While playing, drift is checked on each leader frame
// (requestVideoFrameCallback) or, where that is missing, each animation frame: a follower
// more than a frame off is sped up or slowed down a little until it is back within half a
// frame (a seek on every small drift stutters), and only one far off is seeked.
//
// The clock (`time`) has its own subscription: it changes every frame, and only the
// transport shows it, so the rest of the view does not re-render as the clips play.

export type SyncState = {
  duration: number;
  playing: boolean;
  loop: boolean;
  rate: number;
  fps: number;
  // fps is a guess (24, Kling's rate) until the leader has played two frames in a row.
  fpsMeasured: boolean;
  seeking: boolean;
  // Elements registered, and how many of them can show a frame.
  total: number;
  ready: number;
};

type Scheduler = { frame: (callback: () => void) => number; cancel: (handle: number) => void; now: () => number };

const DEFAULT_FPS = 24;
const SEEK_TIMEOUT_MS = 3000;
// A follower just put back needs a moment to get there; correcting again sooner starts a seek storm.
const CORRECTION_GAP_MS = 250;
// Beyond this a follower is seeked; under it, its speed is nudged by NUDGE until it catches up.
const SEEK_DRIFT_S = 0.15;
const NUDGE = 0.08;
const EPSILON = 1e-3;

const browserScheduler: Scheduler = {
  frame: (callback) => requestAnimationFrame(callback),
  cancel: (handle) => cancelAnimationFrame(handle),
  now: () => performance.now(),
};

const lengthOf = (video: HTMLVideoElement): number => (Number.isFinite(video.duration) && video.duration > 0 ? video.duration : 0);
const hasMetadata = (video: HTMLVideoElement) => video.readyState >= 1;

export type VideoSync = ReturnType<typeof createVideoSync>;

export const createVideoSync = (scheduler: Scheduler = browserScheduler) => {
  const videos = new Set<HTMLVideoElement>();
  const listeners = new Set<() => void>();
  const lastCorrection = new WeakMap<HTMLVideoElement, number>();
  const timeListeners = new Set<() => void>();
  // Followers running a little fast or slow to catch the leader.
  const nudged = new Set<HTMLVideoElement>();
  let time = 0;
  let state: SyncState = {
    duration: 0,
    playing: false,
    loop: true,
    rate: 1,
    fps: DEFAULT_FPS,
    fpsMeasured: false,
    seeking: false,
    total: 0,
    ready: 0,
  };
  let seekToken = 0;
  let stopTicking: (() => void) | null = null;
  let lastFrame: { mediaTime: number; frames: number } | null = null;

  const emit = (changes: Partial<SyncState>) => {
    state = { ...state, ...changes };
    for (const listener of listeners) listener();
  };

  const setTime = (next: number) => {
    if (next === time) return;
    time = next;
    for (const listener of timeListeners) listener();
  };

  const restoreRates = () => {
    for (const video of nudged) video.playbackRate = state.rate;
    nudged.clear();
  };

  const leader = (): HTMLVideoElement | null => {
    let best: HTMLVideoElement | null = null;
    for (const video of videos) if (hasMetadata(video) && (!best || lengthOf(video) > lengthOf(best))) best = video;
    return best;
  };

  const counts = () => {
    let ready = 0;
    let duration = 0;
    for (const video of videos) {
      if (video.readyState >= 2) ready += 1;
      duration = Math.max(duration, lengthOf(video));
    }
    return { total: videos.size, ready, duration };
  };

  const seekOne = (video: HTMLVideoElement, time: number) =>
    new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        video.removeEventListener('seeked', done);
        resolve();
      };
      // A clip that never answers (gone, broken) must not hold the others.
      const timer = setTimeout(done, SEEK_TIMEOUT_MS);
      video.addEventListener('seeked', done);
      video.currentTime = Math.min(time, lengthOf(video) || time);
    });

  const halt = () => {
    stopTicking?.();
    stopTicking = null;
    restoreRates();
  };

  const measureFps = (meta: VideoFrameCallbackMetadata) => {
    if (lastFrame && meta.presentedFrames - lastFrame.frames === 1 && meta.mediaTime > lastFrame.mediaTime) {
      const measured = Math.round(1 / (meta.mediaTime - lastFrame.mediaTime));
      if (measured >= 6 && measured <= 120 && (measured !== state.fps || !state.fpsMeasured)) emit({ fps: measured, fpsMeasured: true });
    }
    lastFrame = { mediaTime: meta.mediaTime, frames: meta.presentedFrames };
  };

  const correctDrift = (lead: HTMLVideoElement, now: number) => {
    const frame = 1 / state.fps;
    const at = scheduler.now();
    for (const video of videos) {
      if (video === lead || !hasMetadata(video) || video.seeking) continue;
      // A shorter clip that has reached its end holds its last frame.
      if (now >= lengthOf(video) - EPSILON) continue;
      if (video.paused) void video.play().catch(() => undefined);
      const drift = video.currentTime - now;
      const off = Math.abs(drift);
      if (off > SEEK_DRIFT_S) {
        if (at - (lastCorrection.get(video) ?? -Infinity) <= CORRECTION_GAP_MS) continue;
        lastCorrection.set(video, at);
        if (nudged.delete(video)) video.playbackRate = state.rate;
        video.currentTime = now;
      } else if (off > frame || (nudged.has(video) && off > frame / 2)) {
        // Ahead: run slower; behind: faster. Hysteresis (start beyond a frame, stop within half) keeps it from flapping.
        nudged.add(video);
        video.playbackRate = state.rate * (drift > 0 ? 1 - NUDGE : 1 + NUDGE);
      } else if (nudged.delete(video)) video.playbackRate = state.rate;
    }
  };

  const startTicking = () => {
    halt();
    const lead = leader();
    if (!lead) return;
    let cancelled = false;
    let cancel = () => undefined as void;
    const tick = () => {
      if (cancelled || !state.playing || state.seeking) return;
      const now = lead.currentTime;
      correctDrift(lead, now);
      setTime(now);
      schedule();
    };
    const schedule = () => {
      if ('requestVideoFrameCallback' in lead && typeof lead.requestVideoFrameCallback === 'function') {
        const handle = lead.requestVideoFrameCallback((_now, meta) => {
          measureFps(meta);
          tick();
        });
        cancel = () => lead.cancelVideoFrameCallback(handle);
      } else {
        const handle = scheduler.frame(tick);
        cancel = () => scheduler.cancel(handle);
      }
    };
    stopTicking = () => {
      cancelled = true;
      cancel();
    };
    schedule();
  };

  const startPlayback = () => {
    for (const video of videos) {
      if (hasMetadata(video) && video.currentTime < lengthOf(video) - EPSILON) void video.play().catch(() => undefined);
    }
    startTicking();
  };

  /** Every clip to `time` (clamped), resolved once all have answered `seeked`; playing resumes after. */
  const seek = async (time: number): Promise<void> => {
    const token = ++seekToken;
    const { duration } = counts();
    const target = Math.max(0, duration > 0 ? Math.min(time, duration) : time);
    halt();
    for (const video of videos) video.pause();
    setTime(target);
    emit({ seeking: true });
    await Promise.all([...videos].filter(hasMetadata).map((video) => seekOne(video, target)));
    // A newer seek (a dragged seek bar) has taken over: it finishes the job.
    if (token !== seekToken) return;
    emit({ seeking: false });
    if (state.playing) startPlayback();
  };

  const play = async () => {
    if (videos.size === 0) return;
    emit({ playing: true });
    if (state.duration > 0 && time >= state.duration - EPSILON) await seek(0);
    else if (!state.seeking) startPlayback();
  };

  /** Stops everyone, then lines the followers up on the leader's frame. */
  const pause = async () => {
    emit({ playing: false });
    halt();
    for (const video of videos) video.pause();
    const lead = leader();
    await seek(lead ? lead.currentTime : time);
  };

  const step = async (frames: number) => {
    emit({ playing: false });
    halt();
    // Aim at the middle of the target frame so rounding cannot land on its neighbour.
    const frame = Math.floor(time * state.fps + EPSILON) + frames;
    await seek(Math.max(0, (frame + 0.5) / state.fps));
  };

  const setRate = (rate: number) => {
    nudged.clear();
    for (const video of videos) video.playbackRate = rate;
    emit({ rate });
  };

  const setLoop = (loop: boolean) => emit({ loop });

  const register = (video: HTMLVideoElement) => {
    videos.add(video);
    // The transport decides when to loop, so that all clips restart together.
    video.loop = false;
    video.muted = true;
    video.playbackRate = state.rate;
    const onMetadata = () => {
      emit(counts());
      // A clip that arrives late (still generating when the view opened) joins at the shared time.
      if (time > EPSILON) void seekOne(video, time);
      if (state.playing && !state.seeking) startPlayback();
    };
    const onData = () => emit(counts());
    const onEnded = () => {
      if (video !== leader() || !state.playing) return;
      if (state.loop) void seek(0);
      else {
        halt();
        setTime(lengthOf(video));
        emit({ playing: false });
      }
    };
    video.addEventListener('loadedmetadata', onMetadata);
    video.addEventListener('loadeddata', onData);
    video.addEventListener('canplay', onData);
    video.addEventListener('seeked', onData);
    video.addEventListener('ended', onEnded);
    if (hasMetadata(video)) onMetadata();
    else emit(counts());
    return () => {
      video.removeEventListener('loadedmetadata', onMetadata);
      video.removeEventListener('loadeddata', onData);
      video.removeEventListener('canplay', onData);
      video.removeEventListener('seeked', onData);
      video.removeEventListener('ended', onEnded);
      videos.delete(video);
      nudged.delete(video);
      emit(counts());
      if (state.playing) startTicking();
    };
  };

  const toggle = () => (state.playing ? pause() : play());

  return {
    register,
    play,
    pause,
    toggle,
    seek,
    step,
    setRate,
    setLoop,
    getState: () => state,
    subscribe: (listener: () => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    /** The shared clock, in seconds; changes every frame while playing. */
    getTime: () => time,
    subscribeTime: (listener: () => void) => {
      timeListeners.add(listener);
      return () => timeListeners.delete(listener);
    },
  };
};
