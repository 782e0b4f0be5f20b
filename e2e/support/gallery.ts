import { type APIRequestContext, type Page, expect } from '@playwright/test';
import { simulatorUrl, simulatorRequests } from './simulator-log.ts';

// Steps of the gallery journeys, in the words a person would use, plus what the
// simulator saw.

export const uniquePrompt = (words: string) => `${words} ${Date.now()}-${Math.random().toString(36).slice(2, 7)}`;

export const openStudio = async (page: Page) => {
  await page.goto('/');
  // The first page after the dev servers start may still wait for their first transforms.
  await expect(page.getByLabel('Prompt', { exact: true })).toBeVisible({ timeout: 60_000 });
  await expect(page.getByRole('heading', { name: /^Clips/ })).toBeVisible();
};

export const generate = async (page: Page, prompt: string, runs = 1) => {
  await page.getByLabel('Prompt', { exact: true }).fill(prompt);
  if (runs > 1) await page.getByLabel('Runs of this request').selectOption(String(runs));
  await page.getByRole('button', { name: /generate/i }).click();
  await expect(page.getByRole('article', { name: prompt })).toHaveCount(runs);
};

export const cards = (page: Page, prompt: string) => page.getByRole('article', { name: prompt });

/** The gateway ids of the cards for `prompt`, once the creates have answered. */
export const taskIds = async (page: Page, prompt: string, count = 1): Promise<string[]> => {
  await expect(cards(page, prompt)).toHaveCount(count);
  return cards(page, prompt).evaluateAll((articles) => articles.map((a) => a.getAttribute('data-task-id') ?? ''));
};

export const expectPlays = async (page: Page, prompt: string, count = 1) => {
  for (let i = 0; i < count; i += 1) {
    const video = cards(page, prompt).nth(i).locator('video');
    await expect(video).toBeVisible({ timeout: 60_000 });
    await expect.poll(() => video.evaluate((v: HTMLVideoElement) => v.readyState)).toBeGreaterThanOrEqual(2);
    await video.evaluate((v: HTMLVideoElement) => v.play());
    await expect.poll(() => video.evaluate((v: HTMLVideoElement) => v.currentTime)).toBeGreaterThan(0.3);
  }
};

/** The simulator's latest request number: count from here on. */
export const lastSeq = async (request: APIRequestContext): Promise<number> => {
  const requests = await simulatorRequests(request);
  return requests.reduce((max, r) => Math.max(max, r.seq), 0);
};

/** The queries (GETs) for task `id` the simulator received after request number `since`. */
export const pollsFor = async (request: APIRequestContext, id: string, since = 0) => {
  const response = await request.get(`${simulatorUrl()}/__sim/requests?since=${since}`);
  const { requests } = (await response.json()) as { requests: { seq: number; method: string; path: string }[] };
  return requests.filter((r) => r.seq > since && r.method === 'GET' && r.path.endsWith(`/${id}`));
};

/**
 * The tab as a browser reports it when another tab is in front: visibilityState
 * "hidden" and a visibilitychange event, which is what React Query's focusManager
 * and the studio's own notices listen to.
 */
export const setTabHidden = async (page: Page, hidden: boolean) =>
  page.evaluate((isHidden) => {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => (isHidden ? 'hidden' : 'visible') });
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => isHidden });
    document.dispatchEvent(new Event('visibilitychange', { bubbles: true }));
  }, hidden);

/**
 * Imports a history file into the input behind the Import button. (In one CI run where the
 * import went through the button's file chooser, gallery-scale.spec.ts's frame loop later
 * waited for animation frames that never came; the cause is not established, and the input
 * is given the file directly, as before.)
 */
export const importHistoryFile = async (page: Page, file: string) => {
  await expect(page.getByRole('button', { name: 'Import', exact: true })).toBeVisible();
  await page.locator('input[type="file"][accept="application/json,.json"]').setInputFiles(file);
};
