import { type Page, expect, test } from '@playwright/test';
import { type RunningSimulator, startSimulator } from '../server/simulator/start-simulator.ts';
import { cards, uniquePrompt } from './support/gallery.ts';
import { simProfile } from './support/simulator-log.ts';
import { type StudioProcess, startStudio } from './support/studio-process.ts';

// Issue 6, batches and the queue. Its own simulator and studio, so the simulator's
// peakRunning and created counts are this spec's alone; its tests run one at a time.
test.describe.configure({ mode: 'serial' });

let simulator: RunningSimulator;
let studio: StudioProcess;

test.beforeAll(async () => {
  test.setTimeout(90_000);
  // A clip takes a few seconds: long enough that tasks overlap, short enough for six.
  simulator = await startSimulator({ port: 0, timeScale: 0.05, profile: simProfile() });
  studio = await startStudio({ KLING_API_KEY: 'sim-batch-key', KLING_BASE_URL: simulator.url });
});

test.afterAll(async () => {
  studio?.stop();
  await simulator?.close();
});

type Stats = { created: number; running: number; peakRunning: number };
const stats = async (): Promise<Stats> => (await (await fetch(`${simulator.url}/__sim/stats`)).json()) as Stats;

const open = async (page: Page) => {
  page.on('pageerror', (error) => {
    throw error;
  });
  await page.goto(studio.url);
  // A studio of the spec's own starts cold: its first page waits for the dev server's first transforms.
  await expect(page.getByLabel('Prompt', { exact: true })).toBeVisible({ timeout: 60_000 });
  await expect(page.getByRole('heading', { name: /^Clips/ })).toBeVisible();
};

test('a 6-row CSV with a limit of 2: never more than 2 running at the gateway, all six finish, none created twice', async ({ page }) => {
  test.setTimeout(180_000);
  await fetch(`${simulator.url}/__sim/reset`, { method: 'POST' });
  await open(page);
  await page.getByRole('button', { name: /^Queue settings/ }).press('Enter');
  // One toggle, open and closed: the focus stays on it.
  await expect(page.getByRole('button', { name: 'Hide queue', expanded: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: /^Queue settings/, expanded: false })).toBeFocused();
  await page.keyboard.press('Enter');
  await page.getByLabel('Tasks at once').fill('2');
  await expect(page.getByRole('button', { name: /^Queue settings/ })).toHaveCount(0);

  const prompts = Array.from({ length: 6 }, (_, i) => uniquePrompt(`Batch shot ${i + 1}, a paper boat`));
  const csv = ['prompt,mode,duration,aspect_ratio', ...prompts.map((p, i) => `"${p}",std,5,${i % 2 === 0 ? '16:9' : '1:1'}`)].join('\n');

  await page.getByRole('button', { name: 'Batch…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Batch of prompts' });
  await dialog.locator('input[type=file]').setInputFiles({ name: 'shots.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await expect(dialog.getByText('From shots.csv')).toBeVisible();
  await expect(dialog.getByText('All 6 tasks ready.')).toBeVisible();
  await expect(dialog.getByRole('row')).toHaveCount(7);
  await dialog.getByRole('button', { name: 'Queue 6 tasks' }).click();
  await expect(dialog).toBeHidden();

  // The queue shows what waits while two run.
  const queue = page.getByRole('region', { name: /^Queue/ });
  await expect(queue).toBeVisible();
  await expect(queue.getByRole('listitem').first()).toBeVisible();
  await page.screenshot({ path: '/tmp/queue-panel.png', fullPage: false });

  for (const prompt of prompts) await expect(cards(page, prompt).getByText('Ready')).toBeVisible({ timeout: 120_000 });
  // Opened by hand to set the limit, the panel stays, empty.
  await expect(queue.getByRole('listitem')).toHaveCount(0);
  await expect(queue).toContainText('Nothing waiting.');
  const counts = await stats();
  expect(counts.created).toBe(6);
  expect(counts.peakRunning).toBeLessThanOrEqual(2);
  expect(counts.peakRunning).toBe(2);
});

test('the gateway says 429: the queue waits as asked, retries the same items, and each is created once', async ({ page }) => {
  test.setTimeout(120_000);
  await open(page);
  const before = await stats();
  // The next two creates are turned away as "too many at once", asking for 3 s.
  const fault = await fetch(`${simulator.url}/__sim/faults`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ on: 'create', fault: 'status', status: 429, retryAfter: 3, count: 2 }),
  });
  expect(fault.status).toBe(201);

  const prompts = Array.from({ length: 3 }, (_, i) => uniquePrompt(`Busy gateway ${i + 1}, a lantern`));
  await page.getByRole('button', { name: 'Batch…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Batch of prompts' });
  await dialog.getByLabel('Prompts, one a line').fill(prompts.join('\n'));
  await dialog.getByRole('button', { name: 'Queue 3 tasks' }).click();

  const queue = page.getByRole('region', { name: /^Queue/ });
  await expect(queue.getByTestId('queue-status')).toHaveText(/Gateway busy — retrying in [1-3] s/);
  await page.screenshot({ path: '/tmp/queue-busy.png' });
  for (const prompt of prompts) await expect(cards(page, prompt).getByText('Ready')).toBeVisible({ timeout: 90_000 });
  expect((await stats()).created - before.created).toBe(3);
});

test('row errors are shown, per row and column, before anything is sent', async ({ page }) => {
  await open(page);
  const before = await stats();
  const csv = 'prompt,mode,duration,cfg_scale\nA good row,std,5,0.5\nA bad row,ultra,twenty,1.5\n,pro,5,\n';
  await page.getByRole('button', { name: 'Batch…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Batch of prompts' });
  await dialog.locator('input[type=file]').setInputFiles({ name: 'mixed.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  const problems = dialog.getByRole('alert');
  await expect(problems).toContainText('4 problems to fix before anything is sent');
  await expect(problems).toContainText('Row 3, mode: must be one of std, pro (it is “ultra”)');
  await expect(problems).toContainText('Row 3, duration: must be a number (it is “twenty”)');
  await expect(problems).toContainText('Row 3, cfg_scale: Must be between 0 and 1.');
  await expect(problems).toContainText('Row 4, prompt: Required.');
  await expect(dialog.getByRole('button', { name: /^Queue/ })).toBeDisabled();
  await page.screenshot({ path: '/tmp/queue-batch-errors.png' });
  await dialog.getByLabel('Leave out the 2 rows with problems').check();
  await dialog.getByRole('button', { name: 'Queue 1 task' }).click();
  await expect(cards(page, 'A good row')).toHaveCount(1);
  expect((await stats()).created - before.created).toBe(1);
});

test('two tabs share one limit: 2 at once across both, and each shows what the other queued', async ({ context }) => {
  test.setTimeout(180_000);
  await fetch(`${simulator.url}/__sim/reset`, { method: 'POST' });
  const first = await context.newPage();
  await open(first);
  await first.getByRole('button', { name: /^Queue settings/ }).click();
  await first.getByLabel('Tasks at once').fill('2');
  // Paused, so what each tab queues waits long enough to be looked for in the other.
  await first.getByRole('button', { name: 'Pause queue' }).click();
  const second = await context.newPage();
  await open(second);

  const queueBatch = async (page: Page, prompts: string[]) => {
    await page.getByRole('button', { name: 'Batch…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Batch of prompts' });
    await dialog.getByLabel('Prompts, one a line').fill(prompts.join('\n'));
    await dialog.getByRole('button', { name: `Queue ${prompts.length} tasks` }).click();
    await expect(dialog).toBeHidden();
  };
  const fromSecond = Array.from({ length: 3 }, (_, i) => uniquePrompt(`Second tab ${i + 1}, a red kite`));
  const fromFirst = Array.from({ length: 3 }, (_, i) => uniquePrompt(`First tab ${i + 1}, a blue kite`));
  await queueBatch(second, fromSecond);
  await queueBatch(first, fromFirst);

  // What one tab queued waits in the other's queue too, without a reload; so does the pause.
  const firstQueue = first.getByRole('region', { name: /^Queue/ });
  const secondQueue = second.getByRole('region', { name: /^Queue/ });
  for (const prompt of fromSecond) await expect(firstQueue.getByText(prompt)).toBeVisible();
  for (const prompt of fromFirst) await expect(secondQueue.getByText(prompt)).toBeVisible();
  await expect(firstQueue).toContainText('6 waiting');
  await first.screenshot({ path: '/tmp/queue-two-tabs.png' });
  expect((await stats()).created).toBe(0);
  // Resumed from the tab that did not pause it.
  await second.getByRole('button', { name: 'Resume queue' }).click();

  for (const prompt of [...fromFirst, ...fromSecond]) {
    await expect(cards(first, prompt).getByText('Ready')).toBeVisible({ timeout: 150_000 });
    await expect(cards(second, prompt).getByText('Ready')).toBeVisible();
  }
  // Both queues empty: nothing is left showing as sending in the tab that did not send it.
  await expect(firstQueue.getByRole('listitem')).toHaveCount(0);
  await expect(secondQueue.getByRole('listitem')).toHaveCount(0);
  const counts = await stats();
  expect(counts.created).toBe(6);
  // The limit is the browser's: never 2 per tab.
  expect(counts.peakRunning).toBe(2);
});
