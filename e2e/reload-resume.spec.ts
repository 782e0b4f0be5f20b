import { expect, test } from '@playwright/test';
import { cards, expectPlays, generate, lastSeq, openStudio, pollsFor, taskIds, uniquePrompt } from './support/gallery.ts';

test('three tasks at once survive a reload mid-generation, resume polling, finish and play', async ({ page, request }) => {
  const prompt = uniquePrompt('Three kites over a windy beach [sim:slow]');
  await openStudio(page);
  await generate(page, prompt, 3);
  const ids = await taskIds(page, prompt, 3);
  expect(new Set(ids).size).toBe(3);

  // Mid-generation: the tasks still running when the page goes away.
  const running = await cards(page, prompt)
    .filter({ hasText: /Queued|Generating/ })
    .evaluateAll((articles) => articles.map((a) => a.getAttribute('data-task-id') ?? ''));
  expect(running.length).toBeGreaterThan(0);

  await page.reload();
  const since = await lastSeq(request);
  await expect(cards(page, prompt)).toHaveCount(3);
  expect((await taskIds(page, prompt, 3)).sort()).toEqual([...ids].sort());

  // Polling resumes for every task that was still running.
  for (const id of running) await expect.poll(async () => (await pollsFor(request, id, since)).length).toBeGreaterThan(0);
  await expectPlays(page, prompt, 3);
  await expect(cards(page, prompt).getByText('Ready')).toHaveCount(3);
});
