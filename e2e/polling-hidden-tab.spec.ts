import { expect, test } from '@playwright/test';
import { cards, generate, lastSeq, openStudio, pollsFor, setTabHidden, taskIds, uniquePrompt } from './support/gallery.ts';

test('a hidden tab makes no polls, and catches up as soon as it is shown again', async ({ page, request }) => {
  const prompt = uniquePrompt('A slow glacier calving into the sea [sim:slow]');
  await openStudio(page);
  await generate(page, prompt);
  const [id = ''] = await taskIds(page, prompt);
  await expect.poll(async () => (await pollsFor(request, id)).length).toBeGreaterThan(0);

  await setTabHidden(page, true);
  // A poll already on the wire may still land; after that, silence.
  await page.waitForTimeout(500);
  const hiddenFrom = await lastSeq(request);
  await page.waitForTimeout(4_000);
  expect(await pollsFor(request, id, hiddenFrom)).toHaveLength(0);

  const shownAt = await lastSeq(request);
  await setTabHidden(page, false);
  await expect.poll(async () => (await pollsFor(request, id, shownAt)).length, { timeout: 10_000 }).toBeGreaterThan(0);
  await expect(cards(page, prompt).locator('video')).toBeVisible({ timeout: 60_000 });
});
