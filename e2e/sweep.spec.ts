import { type Page, expect, test } from '@playwright/test';
import { cards, openStudio, uniquePrompt } from './support/gallery.ts';
import { createsFor, simulatorRequests } from './support/simulator-log.ts';

// A cfg_scale sweep from the composer: prices set in settings, the total shown before
// sending, one set of three tasks, and the compare view playing each captioned clip.

const costLine = (page: Page) => page.getByRole('status', { name: 'Cost of the next submit' }).first();

const setPrice = async (page: Page, label: string, value: string) => {
  await page.getByRole('button', { name: 'Prices…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Prices per second of video' });
  await dialog.getByLabel(label).fill(value);
  return dialog;
};

test('a price table turns seconds into a cost, and says plainly what it cannot read', async ({ page }) => {
  await openStudio(page);
  await page.getByLabel('Prompt', { exact: true }).fill(uniquePrompt('A paper boat on a puddle'));
  await expect(costLine(page)).toHaveText('5 s of video');
  await expect(page.getByText('No prices: the composer shows seconds of video')).toBeVisible();

  const dialog = await setPrice(page, 'kling-v3, std price per second', '-2');
  await expect(dialog.getByText('A price cannot be negative.')).toBeVisible();
  await dialog.getByLabel('kling-v3, std price per second').fill('lots');
  await expect(dialog.getByText('Use a number, like 0.35.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Save prices' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('Fix the boxes marked below first.');
  await dialog.getByLabel('kling-v3, std price per second').fill('0.35');
  await dialog.getByLabel('kling-v3, pro price per second').fill('0.7');
  await dialog.getByRole('button', { name: 'Save prices' }).click();
  await expect(dialog).toBeHidden();

  await expect(costLine(page)).toHaveText('5 s of video · 1.75 credits');
  await page.getByLabel('Runs of this request').selectOption('2');
  await expect(costLine(page)).toHaveText('10 s of video · 3.50 credits');
  await expect(page.getByRole('status', { name: 'Cost of the next submit' }).nth(1)).toHaveText('Std + Pro: 10 s of video · 5.25 credits');

  // Saved across a reload; clearing the table goes back to seconds.
  await page.reload();
  await expect(costLine(page)).toHaveText('5 s of video · 1.75 credits');
  await page.getByRole('button', { name: 'Prices…' }).click();
  const again = page.getByRole('dialog', { name: 'Prices per second of video' });
  await again.getByRole('button', { name: 'Clear all prices' }).click();
  await again.getByRole('button', { name: 'Save prices' }).click();
  await expect(costLine(page)).toHaveText('5 s of video');
});

test('a 3-value cfg_scale sweep sends one set and the compare view captions each clip', async ({ page, request }) => {
  const prompt = uniquePrompt('A kite over sand dunes at dusk');
  await openStudio(page);
  await page.getByLabel('Prompt', { exact: true }).fill(prompt);
  const prices = await setPrice(page, 'kling-v3, std price per second', '0.35');
  await prices.getByRole('button', { name: 'Save prices' }).click();

  // Screen readers hear that it opens a dialog, as with every dialog's opener.
  await expect(page.getByRole('button', { name: 'Sweep…' })).toHaveAttribute('aria-haspopup', 'dialog');
  await page.getByRole('button', { name: 'Sweep…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Sweep one setting' });
  await expect(dialog.getByLabel('Setting to vary')).toHaveValue('cfgScale');

  // Each value is checked with the composer's rules before anything is sent.
  await dialog.getByLabel('Values to try').fill('0.2, 1.5, high');
  await expect(dialog.getByRole('row', { name: /cfg 1\.5/ })).toContainText('Adherence: Must be between 0 and 1.');
  await expect(dialog.getByRole('row', { name: /high/ })).toContainText('Not a number.');
  await expect(dialog.getByRole('button', { name: 'Send 3 tasks' })).toBeDisabled();

  await dialog.getByLabel('Values to try').fill('0.2, 0.5, 0.8');
  await expect(dialog.getByRole('rowheader')).toHaveText(['cfg 0.2', 'cfg 0.5', 'cfg 0.8']);
  await expect(dialog.getByRole('status', { name: 'Cost of the next submit' })).toHaveText('15 s of video · 5.25 credits');
  await dialog.getByRole('button', { name: 'Send 3 tasks' }).click();
  await expect(dialog.getByRole('status').filter({ hasText: 'Sent 3 tasks as one comparison set.' })).toBeVisible();

  // The simulator received exactly three creates, one per value.
  await expect.poll(async () => createsFor(await simulatorRequests(request), prompt).length).toBe(3);
  const creates = createsFor(await simulatorRequests(request), prompt);
  const cfgs = creates.map((create) => (create.body as { metadata: { cfg_scale: number } }).metadata.cfg_scale).sort();
  expect(cfgs).toEqual([0.2, 0.5, 0.8]);

  await dialog.getByRole('link', { name: 'Open comparison' }).click();
  expect(page.url()).toMatch(/#\/set\/set-[a-z0-9-]+$/);
  const compare = page.getByRole('dialog', { name: /Compare · Sweep/ });
  await expect(compare).toBeVisible();
  for (const caption of ['cfg 0.2', 'cfg 0.5', 'cfg 0.8']) {
    const video = compare.getByLabel(`Clip ${caption}`);
    await expect(video).toBeVisible({ timeout: 60_000 });
    await expect.poll(() => video.evaluate((v: HTMLVideoElement) => v.readyState), { timeout: 60_000 }).toBeGreaterThanOrEqual(2);
  }

  // The gallery groups the three as one set, each card naming its value.
  await compare.getByRole('button', { name: 'Close compare view' }).click();
  await expect(cards(page, prompt)).toHaveCount(3);
  for (const caption of ['cfg 0.2', 'cfg 0.5', 'cfg 0.8'])
    await expect(cards(page, prompt).filter({ hasText: `Sweep · ${caption}` })).toHaveCount(1);
});
