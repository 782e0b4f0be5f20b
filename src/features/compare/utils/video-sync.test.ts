import { describe, expect, it } from 'vitest';
import { createVideoSync } from './video-sync.ts';

// Just enough of a <video> to drive the transport: seeks answer `seeked` a tick later.
class FakeVideo extends EventTarget {
  readyState = 4;
  paused = true;
  seeking = false;
  loop = true;
  muted = false;
  playbackRate = 1;
  seeks: number[] = [];
  private time = 0;
  constructor(public duration: number) {
    super();
  }
  get currentTime() {
    return this.time;
  }
  set currentTime(value: number) {
    this.time = value;
    this.seeks.push(value);
    this.seeking = true;
    setTimeout(() => {
      this.seeking = false;
      this.dispatchEvent(new Event('seeked'));
    }, 5);
  }
  // Playback moving the clock, without a seek.
  advance(to: number) {
    this.time = to;
  }
  play() {
    this.paused = false;
    return Promise.resolve();
  }
  pause() {
    this.paused = true;
  }
}

const manualScheduler = () => {
  let queue: (() => void)[] = [];
  let clock = 0;
  return {
    frame: (callback: () => void) => queue.push(callback),
    cancel: () => {
      queue = [];
    },
    now: () => clock,
    runFrame: (ms = 16) => {
      clock += ms;
      const current = queue;
      queue = [];
      for (const callback of current) callback();
    },
  };
};

const setup = (...durations: number[]) => {
  const scheduler = manualScheduler();
  const sync = createVideoSync(scheduler);
  const videos = durations.map((duration) => new FakeVideo(duration));
  for (const video of videos) sync.register(video as unknown as HTMLVideoElement);
  return { sync, videos, scheduler };
};

describe('createVideoSync', () => {
  it('seeks every clip to the same time and resolves only once all have answered', async () => {
    const { sync, videos } = setup(5, 5);
    let done = false;
    const seeking = sync.seek(2.5).then(() => {
      done = true;
    });
    expect(done).toBe(false);
    expect(sync.getState().seeking).toBe(true);
    await seeking;
    expect(videos.map((video) => video.currentTime)).toEqual([2.5, 2.5]);
    expect(sync.getState()).toMatchObject({ seeking: false });
    expect(sync.getTime()).toBe(2.5);
  });

  it('clamps a seek to the longest clip and holds a shorter one at its end', async () => {
    const { sync, videos } = setup(10, 5);
    expect(sync.getState().duration).toBe(10);
    await sync.seek(12);
    expect(videos[0]?.currentTime).toBe(10);
    expect(videos[1]?.currentTime).toBe(5);
  });

  it('leaves a follower within a frame alone, and nudges its speed, not its position, for a small drift', async () => {
    const { sync, videos, scheduler } = setup(5, 5);
    const [leader, follower] = videos as [FakeVideo, FakeVideo];
    await sync.play();
    expect(leader.paused).toBe(false);
    expect(follower.paused).toBe(false);

    leader.advance(1);
    follower.advance(1.02); // under one frame at 24 fps
    scheduler.runFrame();
    expect(follower.seeks).toEqual([]);
    expect(follower.playbackRate).toBe(1);
    expect(sync.getTime()).toBe(1);

    // Behind by 0.1 s: faster, no seek, on every frame until it is back within half a frame.
    leader.advance(2);
    follower.advance(1.9);
    scheduler.runFrame();
    scheduler.runFrame();
    expect(follower.seeks).toEqual([]);
    expect(follower.playbackRate).toBeGreaterThan(1.04);
    expect(follower.playbackRate).toBeLessThanOrEqual(1.1);
    follower.advance(1.97); // 0.03 s: inside a frame but not yet half of one, keeps catching up
    scheduler.runFrame();
    expect(follower.playbackRate).toBeGreaterThan(1);
    follower.advance(1.99);
    scheduler.runFrame();
    expect(follower.playbackRate).toBe(1);

    // Ahead: slower.
    follower.advance(2.08);
    scheduler.runFrame();
    expect(follower.playbackRate).toBeLessThan(0.96);
    expect(follower.seeks).toEqual([]);
  });

  it('seeks a follower only when it is far off, not again before it got there, and restores its speed', async () => {
    const { sync, videos, scheduler } = setup(5, 5);
    const [leader, follower] = videos as [FakeVideo, FakeVideo];
    await sync.play();
    leader.advance(2);
    follower.advance(1.9);
    scheduler.runFrame();
    expect(follower.playbackRate).toBeGreaterThan(1);

    leader.advance(3);
    follower.advance(2.5);
    scheduler.runFrame();
    expect(follower.seeks).toEqual([3]);
    expect(follower.playbackRate).toBe(1);
    // Still seeking: left alone.
    scheduler.runFrame();
    await new Promise((resolve) => setTimeout(resolve, 10));
    follower.advance(2.6);
    scheduler.runFrame(16);
    expect(follower.seeks).toEqual([3]);
    scheduler.runFrame(300);
    expect(follower.seeks).toEqual([3, 3]);
  });

  it('keeps a nudged speed relative to the chosen speed, and drops the nudge on pause and on a new speed', async () => {
    const { sync, videos, scheduler } = setup(5, 5);
    const [leader, follower] = videos as [FakeVideo, FakeVideo];
    sync.setRate(0.5);
    await sync.play();
    leader.advance(1);
    follower.advance(0.92);
    scheduler.runFrame();
    expect(follower.playbackRate).toBeGreaterThan(0.5);
    expect(follower.playbackRate).toBeLessThanOrEqual(0.55);
    await sync.pause();
    expect(follower.playbackRate).toBe(0.5);
    expect(follower.currentTime).toBe(leader.currentTime);
    await sync.play();
    follower.advance(0.92);
    scheduler.runFrame();
    sync.setRate(2);
    expect(videos.map((video) => video.playbackRate)).toEqual([2, 2]);
  });

  it('pauses everyone on the leader’s time, so paused clips show the same instant', async () => {
    const { sync, videos } = setup(5, 5);
    const [leader, follower] = videos as [FakeVideo, FakeVideo];
    await sync.play();
    leader.advance(3.2);
    follower.advance(3.17);
    await sync.pause();
    expect(videos.every((video) => video.paused)).toBe(true);
    expect(leader.currentTime).toBe(3.2);
    expect(follower.currentTime).toBe(3.2);
    expect(sync.getState().playing).toBe(false);
  });

  it('steps one frame at a time, paused', async () => {
    const { sync, videos } = setup(5, 5);
    await sync.seek(1);
    await sync.step(1);
    expect(videos[0]?.currentTime).toBeCloseTo(25.5 / 24, 6);
    await sync.step(-2);
    expect(videos[1]?.currentTime).toBeCloseTo(23.5 / 24, 6);
  });

  it('restarts all clips together when the leader ends and loop is on', async () => {
    const { sync, videos } = setup(5, 5);
    await sync.play();
    videos[0]?.advance(5);
    videos[0]?.dispatchEvent(new Event('ended'));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(videos.map((video) => video.currentTime)).toEqual([0, 0]);
    expect(videos.every((video) => !video.paused)).toBe(true);

    sync.setLoop(false);
    videos[0]?.advance(5);
    videos[0]?.dispatchEvent(new Event('ended'));
    expect(sync.getState().playing).toBe(false);
  });

  it('applies speed to every clip, including one that joins later', () => {
    const { sync, videos } = setup(5);
    sync.setRate(0.5);
    const late = new FakeVideo(5);
    sync.register(late as unknown as HTMLVideoElement);
    expect([...videos, late].map((video) => video.playbackRate)).toEqual([0.5, 0.5]);
    expect(late.loop).toBe(false);
  });
});
