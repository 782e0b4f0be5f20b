import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { cards, generate, openStudio, taskIds, uniquePrompt } from './support/gallery.ts';

test('a downloaded clip is byte for byte the clip the gateway made, named from its prompt', async ({ page, request }) => {
  const prompt = uniquePrompt('Bright koi circling in a pond');
  await openStudio(page);
  await generate(page, prompt);
  const [id = ''] = await taskIds(page, prompt);
  const video = cards(page, prompt).locator('video');
  await expect(video).toBeVisible({ timeout: 60_000 });
  const clipUrl = await video.getAttribute('src');

  await cards(page, prompt)
    .getByRole('button', { name: /^Details for/ })
    .click();
  const dialog = page.getByRole('dialog');
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('group', { name: 'Actions' }).getByRole('button', { name: 'Download' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(new RegExp(`^bright-koi-circling-in-a-pond.*-std-${id}\\.mp4$`, 'i'));
  await expect(dialog.getByText(`Saved as ${download.suggestedFilename()}`)).toBeVisible();

  const saved = await readFile(await download.path());
  const original = Buffer.from(await (await request.get(clipUrl ?? '')).body());
  expect(saved.length).toBeGreaterThan(10_000);
  expect(saved.equals(original)).toBe(true);
});

test('an expired clip says so plainly', async ({ page }) => {
  const prompt = uniquePrompt('An old film reel [sim:expired]');
  await openStudio(page);
  await generate(page, prompt);
  await expect(cards(page, prompt).getByText('Ready')).toBeVisible({ timeout: 60_000 });
  await cards(page, prompt)
    .getByRole('button', { name: /^Download/ })
    .click();
  await expect(cards(page, prompt).getByRole('alert')).toContainText('This clip has expired: the gateway keeps results for about 30 days');
});

test('several selected clips download as one streamed zip', async ({ page }) => {
  const first = uniquePrompt('A sailboat at noon');
  const second = uniquePrompt('A sailboat at dusk');
  await openStudio(page);
  await generate(page, first);
  await generate(page, second);
  for (const prompt of [first, second]) {
    await expect(cards(page, prompt).getByText('Ready')).toBeVisible({ timeout: 60_000 });
    await cards(page, prompt)
      .getByRole('checkbox', { name: /^Select/ })
      .check();
  }
  const ids = [...(await taskIds(page, first)), ...(await taskIds(page, second))];
  await expect(page.getByRole('region', { name: '2 selected' })).toBeVisible();

  const downloading = page.waitForEvent('download');
  await page.getByRole('link', { name: /Download 2 as zip/ }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('kling-clips-2.zip');
  const zip = await readFile(await download.path());
  expect(zip.subarray(0, 4).toString('hex')).toBe('504b0304');
  const listing = zip.toString('latin1');
  for (const id of ids) expect(listing).toMatch(new RegExp(`a-sailboat-at-(noon|dusk)[^/]*-std-${id}\\.mp4`, 'i'));
  expect(listing).not.toContain('MISSING.txt');
});
