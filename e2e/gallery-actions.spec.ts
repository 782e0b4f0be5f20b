import { expect, test } from '@playwright/test';
import { cards, generate, openStudio, taskIds, uniquePrompt } from './support/gallery.ts';

test('delete a task, undo it, and the history keeps it across a reload', async ({ page }) => {
  const prompt = uniquePrompt('A fox trotting through fresh snow');
  await openStudio(page);
  await generate(page, prompt);
  await expect(cards(page, prompt).getByText('Ready')).toBeVisible({ timeout: 60_000 });

  await cards(page, prompt)
    .getByRole('button', { name: /^Details for/ })
    .click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('heading', { name: prompt })).toBeVisible();
  await dialog.getByRole('button', { name: 'Delete' }).click();
  await expect(dialog).toBeHidden();
  await expect(cards(page, prompt)).toHaveCount(0);
  await page.getByRole('status').filter({ hasText: 'Deleted' }).getByRole('button', { name: 'Undo' }).click();
  await expect(cards(page, prompt)).toHaveCount(1);
  await page.reload();
  await expect(cards(page, prompt).locator('video')).toBeVisible();

  // Without Undo it stays gone.
  await cards(page, prompt)
    .getByRole('button', { name: /^Details for/ })
    .click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
  await expect(cards(page, prompt)).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('heading', { name: /^Clips/ })).toBeVisible();
  await expect(cards(page, prompt)).toHaveCount(0);
});

test('remix loads the whole request back into the composer', async ({ page }) => {
  const prompt = uniquePrompt('A tall cactus under a starry sky');
  await openStudio(page);
  await page.getByLabel('Things to avoid').fill('people, text');
  await page.getByRole('radio', { name: '9:16' }).check({ force: true });
  await generate(page, prompt);
  await expect(cards(page, prompt).getByText('Ready')).toBeVisible({ timeout: 60_000 });

  // The composer moves on to something else…
  await page.getByLabel('Prompt', { exact: true }).fill('something else entirely');
  await page.getByLabel('Things to avoid').fill('');
  await page.getByRole('radio', { name: '16:9' }).check({ force: true });

  // …and Remix brings this task's request back.
  await cards(page, prompt)
    .getByRole('button', { name: /^Details for/ })
    .click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByText('people, text', { exact: true })).toBeVisible();
  await dialog.getByRole('button', { name: 'Remix' }).click();
  await expect(dialog).toBeHidden();
  const promptBox = page.getByLabel('Prompt', { exact: true });
  await expect(promptBox).toHaveValue(prompt);
  await expect(promptBox).toBeFocused();
  await expect(page.getByLabel('Things to avoid')).toHaveValue('people, text');
  await expect(page.getByRole('radio', { name: '9:16' })).toBeChecked();
});

test('star, filter and search the gallery', async ({ page }) => {
  const kite = uniquePrompt('A green kite above the harbour');
  const boat = uniquePrompt('A rowing boat at dawn [sim:fail]');
  await openStudio(page);
  await generate(page, kite);
  await generate(page, boat);
  await expect(cards(page, boat).getByText('Failed')).toBeVisible({ timeout: 60_000 });
  await expect(cards(page, boat).getByText('Gateway said: “Failure to pass the risk control system”')).toBeVisible();

  await cards(page, kite).getByRole('button', { name: /^Star/ }).click();
  await expect(cards(page, kite).getByRole('button', { name: /^Star/ })).toHaveAttribute('aria-pressed', 'true');
  await page.getByLabel('Starred only').check();
  await expect(cards(page, kite)).toHaveCount(1);
  await expect(cards(page, boat)).toHaveCount(0);
  await page.getByLabel('Starred only').uncheck();

  await page.getByLabel('Status', { exact: true }).selectOption('failed');
  await expect(cards(page, boat)).toHaveCount(1);
  await expect(cards(page, kite)).toHaveCount(0);
  await page.getByLabel('Status', { exact: true }).selectOption('all');

  await page.getByLabel('Search prompts').fill(kite.split(' ').slice(-1)[0] ?? '');
  await expect(cards(page, kite)).toHaveCount(1);
  await expect(cards(page, boat)).toHaveCount(0);
});

test('a task created elsewhere (curl) is added by id, polled and played', async ({ page, request }) => {
  const prompt = uniquePrompt('A windmill turning in the rain');
  const created = await request.post('/api/v1/video/generations', { data: { model: 'kling-v3', prompt } });
  expect(created.ok()).toBe(true);
  const { id } = (await created.json()) as { id: string };

  await openStudio(page);
  await expect(page.getByRole('button', { name: 'Add by id' })).toHaveAttribute('aria-haspopup', 'dialog');
  await page.getByRole('button', { name: 'Add by id' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add an existing task' });
  await expect(dialog.getByLabel('Task id')).toBeFocused();
  await dialog.getByLabel('Task id').fill('video_does_not_exist');
  await dialog.getByRole('button', { name: 'Add task' }).press('Enter');
  await expect(dialog.getByRole('alert')).toContainText('does not know a task with this id');
  // The check kept the focus on the button (in the dialog), where the answer is heard.
  await expect(dialog.getByRole('button', { name: 'Add task' })).toBeFocused();
  await dialog.getByLabel('Task id').fill(id);
  await dialog.getByRole('button', { name: 'Add task' }).click();

  // The new task opens in its detail view.
  const detail = page.getByRole('dialog');
  await expect(detail.getByText('This task was added by id')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(detail).toBeHidden();
  const card = page.locator(`article[data-task-id="${id}"]`);
  await expect(card.locator('video')).toBeVisible({ timeout: 60_000 });
  expect(await taskIds(page, `Added by id · prompt not known · ${id}`)).toEqual([id]);
});

test('the first Tab offers a skip past the composer to the clips', async ({ page }) => {
  await openStudio(page);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('button', { name: 'Skip to clips' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: /^Clips/ })).toBeFocused();
});
