import { expect, test } from '@playwright/test';
import { cards, generate, lastSeq, openStudio, pollsFor, setTabHidden, taskIds, uniquePrompt } from './support/gallery.ts';

test('a finished task is never polled again: not on focus, not after a reload', async ({ page, request }) => {
  const prompt = uniquePrompt('A hummingbird at a red flower');
  await openStudio(page);
  await generate(page, prompt);
  const [id = ''] = await taskIds(page, prompt);
  await expect(cards(page, prompt).getByText('Ready')).toBeVisible({ timeout: 60_000 });
  const finishedAt = await lastSeq(request);

  await setTabHidden(page, true);
  await setTabHidden(page, false);
  await page.reload();
  await expect(cards(page, prompt).locator('video')).toBeVisible();
  await page.waitForTimeout(3_000);
  expect(await pollsFor(request, id, finishedAt)).toHaveLength(0);
});
