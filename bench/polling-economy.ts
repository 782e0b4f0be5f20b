import type { Browser, Page } from '@playwright/test';
import { defaultGenerationRequest } from '../src/api/generation-request.schema.ts';
import { QUEUE_LIMIT_MAX } from '../src/generation/queue/queue-item.ts';
import { TASK_DB_NAME } from '../src/generation/records/task-db.ts';
import { createClipStore } from '../server/simulator/clip/clip-store.ts';
import { clipSpecFor } from '../server/simulator/clip-spec-for-request.ts';
import { DEFAULT_CACHE_DIR } from '../server/simulator/start-simulator.ts';
import { planTask } from '../server/simulator/task-clock.ts';
import { ageStretchedFollow } from './support/age-stretched-schedule.ts';
import { newBenchContext } from './support/browser.ts';
import { budgets } from './support/budgets.ts';
import { scaledClock } from './support/scaled-clock.ts';
import { createSharedClock, startSharedClockSimulator } from './support/shared-clock.ts';
import { previewStudio } from './support/servers.ts';
import { median, percentile, round, sum } from './support/stats.ts';
import type { Row } from './support/table.ts';

// Section 4: the real studio (production build, through its proxy) against the real
// simulator at Kling's own pace, on one shared, fast clock: tab A's page clock runs up
// to 1/SPEEDUP… times the wall clock, and the simulator (in a worker thread) reads that
// same clock. Task durations, poll intervals and the studio's task ages are therefore
// exactly what they would be against Kling; only the wall clock is faster. Figures are
// in that shared time, except loading a clip once the studio knows it is there, which
// is real time.
//
// Tab A first sends a learning wave (three tasks of each kind) and waits until the studio
// has seen them finish: that history is all the studio's run-time estimate knows (it
// never reads the simulator's table). Then it submits 20 tasks with a Kling-like spread
// (std and pro, 5 and 10 s) and stays visible; the simulator's request log counts the
// polls. The schedule the studio had before it learned (support/age-stretched-schedule.ts)
// is the baseline: what it would have sent for the same tasks, and when it would have
// seen each finish, plus the same clip load. Tab B (its own browser
// context) submits two long tasks and then goes hidden for a while.

const SCALE = Number(process.env.BENCH_POLL_SCALE ?? 1 / 6); // wall-clock ms per page ms, at best
const KEY = 'sk-bench-polling-0123456789';
type Spec = { mode: 'std' | 'pro'; duration: 5 | 10 };
const TASKS: Spec[] = [
  ...Array.from({ length: 10 }, (): Spec => ({ mode: 'std', duration: 5 })),
  ...Array.from({ length: 4 }, (): Spec => ({ mode: 'std', duration: 10 })),
  ...Array.from({ length: 6 }, (): Spec => ({ mode: 'pro', duration: 5 })),
];
// Three of each kind the measured wave sends, the fewest the estimate learns from (no
// pro 10 s there: learning it first would take the section past five minutes of shared
// time). Three tasks and Kling's typical times are what the estimate then knows; a studio
// in use knows more.
const LEARN: Spec[] = (
  [
    ['std', 5],
    ['std', 10],
    ['pro', 5],
  ] as const
).flatMap(([mode, duration]) => Array.from({ length: 3 }, (): Spec => ({ mode, duration })));
const HIDDEN_TASKS: Spec[] = [
  { mode: 'pro', duration: 10 },
  { mode: 'pro', duration: 10 },
];
const HIDDEN_REAL_MS = 8_000; // how long tab B stays hidden (wall clock; its page time is reported)
// A busy machine cannot run the page fast enough to finish the longest tasks in time:
// then the tasks that did finish are reported, and the count of those that did not.
const REAL_TIMEOUT_MS = Number(process.env.BENCH_POLL_TIMEOUT_MS ?? 110_000);
const TASK_PATH = /^\/v1\/video\/generations\/([^/]+)$/;

type Logged = { seq: number; at: number; method: string; path: string; body: unknown };

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

const requestLog = async (simUrl: string): Promise<Logged[]> => {
  const response = await fetch(`${simUrl}/__sim/requests`);
  return ((await response.json()) as { requests: Logged[] }).requests;
};

/** The polls a naive client makes: one a second from submission until it sees the end. */
const naivePolls = (durationMs: number) => Math.max(1, Math.ceil(durationMs / 1000));

/** How many of the studio's own records (IndexedDB) have a succeeded task. */
const succeededInHistory = (page: Page) =>
  page.evaluate(
    (dbName) =>
      new Promise<number>((done, fail) => {
        const open = indexedDB.open(dbName);
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction('tasks').objectStore('tasks').getAll();
          all.onerror = () => fail(all.error);
          all.onsuccess = () => {
            done((all.result as { task: { status: string } | null }[]).filter((row) => row.task?.status === 'succeeded').length);
            open.result.close();
          };
        };
      }),
    TASK_DB_NAME,
  );

// A finished task must not wait for its clip to render: every clip it needs is cached first.
const prewarmClips = async (specs: Spec[]) => {
  const store = createClipStore({ dir: DEFAULT_CACHE_DIR });
  try {
    const unique = new Map(specs.map((spec) => [`${spec.mode}-${spec.duration}`, spec]));
    for (const spec of unique.values())
      await store.getClip(clipSpecFor({ ...defaultGenerationRequest(), mode: spec.mode, duration: spec.duration }));
  } finally {
    await store.close();
  }
};

const submit = async (page: Page, prompt: string, spec: Spec, cardsBefore: number) => {
  await page.getByLabel('Prompt', { exact: true }).fill(prompt);
  await page.getByRole('radio', { name: spec.mode === 'pro' ? /^Professional/ : /^Standard/ }).check({ force: true });
  await page.getByRole('radio', { name: `${spec.duration} s`, exact: true }).check({ force: true });
  await page.getByRole('button', { name: /generate/i }).click();
  // The gallery is virtualized: its list items carry the length of the whole list.
  await page.waitForFunction(
    (count) => Number(document.querySelector('[role="listitem"]')?.getAttribute('aria-setsize') ?? 0) > count,
    cardsBefore,
    { timeout: 30_000 },
  );
};

// The queue sends 3 at once by default; a wave of 20 then takes the queue's pace, not the
// gateway's. Tab A allows them all at once (the most the queue allows), as a creative
// with a plan that large would.
const allowAllAtOnce = async (page: Page) => {
  await page.getByRole('button', { name: /^Queue settings/ }).click();
  await page.getByLabel('Tasks at once').fill(String(QUEUE_LIMIT_MAX));
  await page.getByRole('button', { name: 'Hide queue' }).click();
};

const setHidden = (page: Page, hidden: boolean) =>
  page.evaluate((isHidden) => {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => (isHidden ? 'hidden' : 'visible') });
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => isHidden });
    document.dispatchEvent(new Event('visibilitychange', { bubbles: true }));
    return Date.now(); // the page's own clock at that moment
  }, hidden);

/** The studio's own rows (IndexedDB): which id each prompt got. */
const taskIdsByPrompt = (page: Page) =>
  page.evaluate(
    (dbName) =>
      new Promise<Record<string, string>>((done, fail) => {
        const open = indexedDB.open(dbName);
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction('tasks').objectStore('tasks').getAll();
          all.onerror = () => fail(all.error);
          all.onsuccess = () => {
            const rows = all.result as { ref: { id: string }; request: { prompt: string } | null }[];
            done(Object.fromEntries(rows.map((row) => [row.request?.prompt ?? '', row.ref.id])));
            open.result.close();
          };
        };
      }),
    TASK_DB_NAME,
  );

/** Cards on screen with a clip: mounted, and whether it has its first frame (readyState ≥ HAVE_CURRENT_DATA). */
const clipsOnScreen = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('article[data-task-id]')].flatMap((article) => {
      const video = article.querySelector('video');
      return video ? [{ id: article.getAttribute('data-task-id') ?? '', ready: video.readyState >= 2 }] : [];
    }),
  );
// A card whose clip element appears later than this after the studio learned of the
// clip was off screen (the gallery mounts only what is near the viewport): not timed.
const ON_SCREEN_SLACK_MS = 1500;

// Each task query the page sends, stamped with the page's own clock.
const recordPolls = () => {
  const polls: { id: string; at: number }[] = [];
  (window as unknown as { __polls: typeof polls }).__polls = polls;
  const original = window.fetch.bind(window);
  window.fetch = (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input), location.href);
    const id = /^\/api\/v1\/video\/generations\/([^/]+)$/.exec(url.pathname)?.[1];
    if (id && (init?.method ?? (input instanceof Request ? input.method : 'GET')) === 'GET') polls.push({ id, at: Date.now() });
    return original(input, init);
  };
};
const pagePolls = (page: Page) => page.evaluate(() => (window as unknown as { __polls: { id: string; at: number }[] }).__polls);

const openStudio = async (browser: Browser, url: string, height: number, onAdvance?: (pageMs: number) => void) => {
  const context = await newBenchContext(browser, { viewport: { width: 1280, height } });
  await context.addInitScript(recordPolls);
  const page = await context.newPage();
  const clock = scaledClock(page, SCALE, onAdvance);
  await clock.install();
  await page.goto(url);
  await page.getByLabel('Prompt', { exact: true }).waitFor({ timeout: 30_000 });
  await clock.start();
  return { context, page, clock };
};

export const benchPollingEconomy = async (browser: Browser, studioOutDir: string) => {
  await prewarmClips([...LEARN, ...TASKS, ...HIDDEN_TASKS]);
  const shared = createSharedClock();
  const sim = await startSharedClockSimulator(shared, KEY);
  const studio = await previewStudio(studioOutDir, { KLING_API_KEY: KEY, KLING_BASE_URL: sim.url });
  const tabs: Awaited<ReturnType<typeof openStudio>>[] = [];
  const wallStart = Date.now();
  try {
    // A person's screen, about two rows of cards; cards further down are not mounted (the
    // gallery is virtualized), so their clips' loads are not timed.
    const a = await openStudio(browser, studio.url, 1000, shared.set);
    tabs.push(a);
    await allowAllAtOnce(a.page);
    const b = await openStudio(browser, studio.url, 800);
    tabs.push(b);

    // Tab B: two long tasks (minutes of shared time), then hidden.
    const hiddenTab = (async () => {
      for (const [i, spec] of HIDDEN_TASKS.entries()) await submit(b.page, `Polling bench hidden ${i}: a lighthouse in a storm`, spec, i);
      await sleep(1500);
      await setHidden(b.page, true);
      const hidden = { real: Date.now(), shared: shared.now() };
      await sleep(HIDDEN_REAL_MS);
      const shown = { real: Date.now(), shared: shared.now() };
      const shownPage = await setHidden(b.page, false);
      await sleep(3000);
      const ids = Object.values(await taskIdsByPrompt(b.page));
      const sentByB = await pagePolls(b.page);
      await b.clock.stop();
      // On tab B's own clock: its first poll once shown.
      const firstPollAfterShow = sentByB.find((poll) => poll.at >= shownPage)?.at;
      return {
        hidden,
        shown,
        ids,
        hiddenPageMs: shownPage - b.clock.pageTimeAt(hidden.real),
        firstAfterShowMs: firstPollAfterShow === undefined ? null : firstPollAfterShow - shownPage,
      };
    })();

    // Tab A: the learning wave, until the studio has seen every one of it finish.
    const learnStarted = Date.now();
    for (const [i, spec] of LEARN.entries())
      await submit(a.page, `Polling bench learning ${i}: ${spec.mode} ${spec.duration} s, a tide pool`, spec, i);
    while ((await succeededInHistory(a.page)) < LEARN.length) {
      if (Date.now() - learnStarted > REAL_TIMEOUT_MS) throw new Error('the learning wave did not finish in time');
      await sleep(250);
    }
    const learnWallMs = Date.now() - learnStarted;

    // Then twenty tasks, and watch the cards on screen until their clips can play.
    const prompts = TASKS.map(
      (spec, i) => `Polling bench ${String(i).padStart(2, '0')}: ${spec.mode} ${spec.duration} s, a red kite over dunes`,
    );
    for (const [i, spec] of TASKS.entries()) await submit(a.page, prompts[i]!, spec, LEARN.length + i);
    const ids = await taskIdsByPrompt(a.page);
    const planEnd = (id: string, spec: Spec) => {
      const plan = planTask({ seed: id, mode: spec.mode, durationSeconds: spec.duration, timeScale: 1 });
      return plan.queuedMs + plan.generatingMs;
    };
    const measuredIds = new Set(prompts.map((prompt) => ids[prompt]));
    const mounted = new Map<string, number>();
    const playable = new Map<string, number>();
    let lastCompletion = Infinity;
    const deadline = Date.now() + REAL_TIMEOUT_MS;
    for (;;) {
      const now = Date.now();
      for (const clip of await clipsOnScreen(a.page)) {
        if (!measuredIds.has(clip.id)) continue; // the learning wave's cards
        if (!mounted.has(clip.id)) mounted.set(clip.id, now);
        if (clip.ready && !playable.has(clip.id)) playable.set(clip.id, now);
      }
      if (lastCompletion === Infinity) {
        const creates = (await requestLog(sim.url)).filter((entry) => entry.method === 'POST');
        const ends = prompts.map((prompt, i) => {
          const create = creates.find((entry) => (entry.body as { prompt?: string } | null)?.prompt === prompt);
          return create && ids[prompt] ? create.at + planEnd(ids[prompt], TASKS[i]!) : Infinity;
        });
        lastCompletion = Math.max(...ends);
      }
      // Done once every task is over (plus a margin in which a stray poll would show)
      // and every clip on screen plays.
      const over = shared.now() > lastCompletion + 20_000;
      if ((over && [...mounted.keys()].every((id) => playable.has(id))) || now > deadline) break;
      await sleep(100);
    }
    await a.clock.stop();
    const endedAt = shared.now();
    const hidden = await hiddenTab;
    const log = await requestLog(sim.url);
    const sent = await pagePolls(a.page);

    const gets = (id: string) => log.filter((entry) => entry.method === 'GET' && TASK_PATH.exec(entry.path)?.[1] === id);
    const tasks = prompts.map((prompt, i) => {
      const spec = TASKS[i]!;
      const id = ids[prompt];
      const create = log.find((entry) => entry.method === 'POST' && (entry.body as { prompt?: string } | null)?.prompt === prompt);
      if (!id || !create) throw new Error(`task ${i} was not created (${prompt})`);
      const durationMs = planEnd(id, spec);
      const completedAt = create.at + durationMs; // shared clock
      const polls = gets(id);
      const before = polls.filter((poll) => poll.at < completedAt);
      const after = polls.filter((poll) => poll.at >= completedAt);
      const times = sent.filter((poll) => poll.id === id).map((poll) => poll.at);
      const detecting = times[before.length] ?? after[0]?.at ?? null; // when the poll that saw the end left the page
      const previous = times[before.length - 1] ?? create.at;
      const knownAt = detecting === null ? null : a.clock.realTimeAt(detecting);
      const onScreen = knownAt !== null && (mounted.get(id) ?? Infinity) - knownAt <= ON_SCREEN_SLACK_MS;
      const playableAt = onScreen ? (playable.get(id) ?? null) : null;
      // The wait for that poll is on the shared clock; what follows (the answer, the
      // render, loading the clip) is real time.
      const clipLoadMs = knownAt === null || playableAt === null ? null : Math.max(0, playableAt - knownAt);
      const toPlayableMs = detecting === null || clipLoadMs === null ? null : Math.max(0, detecting - completedAt) + clipLoadMs;
      const baseline = ageStretchedFollow(durationMs);
      return {
        id,
        ...spec,
        finished: completedAt <= endedAt,
        durationMs: Math.round(durationMs),
        polls: polls.length,
        naivePolls: naivePolls(durationMs),
        ageStretchedPolls: baseline.polls,
        seenAfterMs: detecting === null ? null : Math.round(Math.max(0, detecting - completedAt)),
        ageStretchedSeenAfterMs: Math.round(baseline.seenAtMs - durationMs),
        pollsAfterCompletion: Math.max(0, after.length - 1),
        intervalAtCompletionMs: detecting === null ? null : Math.round(detecting - previous),
        onScreen,
        completionToPlayableMs: toPlayableMs === null ? null : Math.round(toPlayableMs),
        ageStretchedToPlayableMs: clipLoadMs === null ? null : Math.round(baseline.seenAtMs - durationMs + clipLoadMs),
        clipLoadMs: clipLoadMs === null ? null : Math.round(clipLoadMs),
        pollsAtMs: times.map((at) => Math.round(at - create.at)),
      };
    });

    const bGets = log.filter((entry) => entry.method === 'GET' && hidden.ids.includes(TASK_PATH.exec(entry.path)?.[1] ?? ''));
    // A poll already on its way when the tab hid may land a moment later.
    const hiddenPolls = bGets.filter((entry) => entry.at > hidden.hidden.shared + 250 && entry.at < hidden.shown.shared);

    const done = tasks.filter((task) => task.finished);
    const measured = done.filter((task) => task.completionToPlayableMs !== null && task.intervalAtCompletionMs !== null);
    // Finish → playable: when a real poll saw the finish (every finished task), plus the
    // median time a card on screen took to show its clip's first frame once the studio knew.
    // The age-stretched schedule would have seen the same finishes later and loaded the same clips.
    const clipLoad = median(measured.map((task) => task.clipLoadMs!));
    const seen = done.filter((task) => task.seenAfterMs !== null);
    const toPlayable = seen.map((task) => task.seenAfterMs! + clipLoad);
    const playableBefore = seen.map((task) => task.ageStretchedSeenAfterMs + clipLoad);
    const beyondInterval = measured.map((task) => task.completionToPlayableMs! - task.intervalAtCompletionMs!);
    const section = '4 polling';
    const rows: Row[] = [
      {
        section,
        figure: `polls sent for ${done.length} finished tasks${done.length < tasks.length ? ` (${tasks.length - done.length} unfinished)` : ''}`,
        unit: 'req',
        value: sum(done.map((t) => t.polls)),
        baseline: sum(done.map((t) => t.naivePolls)),
        baselineLabel: 'naive 1 s poller',
        budget: { kind: 'ratio-max', max: budgets.polling.pollsRatio },
      },
      {
        section,
        figure: 'polls sent, against the age-stretched schedule for the same tasks',
        unit: 'req',
        value: sum(done.map((t) => t.polls)),
        baseline: sum(done.map((t) => t.ageStretchedPolls)),
        baselineLabel: 'age-stretched schedule',
        budget: { kind: 'ratio-max', max: budgets.polling.pollsVsAgeStretched },
      },
      {
        section,
        figure: 'polls after completion',
        unit: 'req',
        value: sum(done.map((t) => t.pollsAfterCompletion)),
        baseline: null,
        baselineLabel: null,
        budget: { kind: 'equals', value: budgets.polling.afterCompletion },
      },
      {
        section,
        figure: `polls while hidden (${Math.round(hidden.hiddenPageMs / 1000)} s, 2 tasks)`,
        unit: 'req',
        value: hiddenPolls.length,
        baseline: 2 * Math.floor(hidden.hiddenPageMs / 1000),
        baselineLabel: 'naive 1 s poller',
        budget: { kind: 'equals', value: budgets.polling.whileHidden },
      },
      {
        section,
        figure: 'first poll after the tab is shown again',
        unit: 'ms',
        value: hidden.firstAfterShowMs ?? Number.NaN,
        baseline: null,
        baselineLabel: null,
        budget: null,
      },
      {
        section,
        figure: `completion → playable, median of ${seen.length} (clip load: median of ${measured.length} on screen)`,
        unit: 'ms',
        value: median(toPlayable),
        baseline: median(playableBefore),
        baselineLabel: 'age-stretched schedule',
        budget: { kind: 'ratio-max', max: budgets.polling.playableVsAgeStretched },
      },
      {
        section,
        figure: `completion → playable, p90 of ${seen.length}`,
        unit: 'ms',
        value: percentile(toPlayable, 90),
        baseline: percentile(playableBefore, 90),
        baselineLabel: 'age-stretched schedule',
        budget: null,
      },
      {
        section,
        figure: 'completion → playable beyond one poll interval (worst)',
        unit: 'ms',
        value: measured.length === 0 ? Number.NaN : Math.max(...beyondInterval),
        baseline: null,
        baselineLabel: null,
        budget: { kind: 'value-max', max: budgets.polling.playableSlackMs },
      },
    ];
    const wallMs = Date.now() - wallStart;
    return {
      rows,
      details: {
        speedTarget: round(1 / SCALE, 1),
        speedReached: { a: round(a.clock.keptUp() / SCALE, 2), b: round(b.clock.keptUp() / SCALE, 2) },
        wallSeconds: Math.round(wallMs / 1000),
        learningWave: { tasks: LEARN.length, wallSeconds: Math.round(learnWallMs / 1000) },
        hidden: { pageMs: Math.round(hidden.hiddenPageMs), polls: hiddenPolls.length, firstAfterShowMs: hidden.firstAfterShowMs },
        tasks,
      },
    };
  } finally {
    for (const tab of tabs) {
      await tab.clock.stop();
      await tab.context.close();
    }
    await studio.close();
    await sim.close();
  }
};
