import { expect, test } from '@playwright/test';
import { cards, generate, importHistoryFile, openStudio, uniquePrompt } from './support/gallery.ts';

test('two open tabs stay in sync: new tasks, stars and deletes', async ({ page, context }) => {
  const prompt = uniquePrompt('Lanterns drifting over a lake');
  await openStudio(page);
  const other = await context.newPage();
  await openStudio(other);

  await generate(page, prompt);
  await expect(cards(other, prompt)).toHaveCount(1);
  await expect(cards(other, prompt).locator('video')).toBeVisible({ timeout: 60_000 });

  await cards(page, prompt).getByRole('button', { name: /^Star/ }).click();
  await expect(cards(other, prompt).getByRole('button', { name: /^Star/ })).toHaveAttribute('aria-pressed', 'true');

  await cards(other, prompt)
    .getByRole('button', { name: /^Details for/ })
    .click();
  await other.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
  await expect(cards(page, prompt)).toHaveCount(0);
});

test('a corrupt row is set aside and reported; the rest of the history loads', async ({ page }) => {
  const prompt = uniquePrompt('An owl blinking in the dark');
  await openStudio(page);
  await generate(page, prompt);
  await expect(cards(page, prompt).getByText('Ready')).toBeVisible({ timeout: 60_000 });

  // Something else wrote nonsense into the history's IndexedDB.
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('kling-studio-tasks');
        open.onsuccess = () => {
          const tx = open.result.transaction('tasks', 'readwrite');
          tx.objectStore('tasks').put({ key: 'unified:text2video:broken', submittedAt: Date.now(), ref: { surface: 'unified' }, task: 42 });
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
  await page.reload();
  await expect(page.getByRole('alert').filter({ hasText: '1 saved task could not be read and was set aside' })).toBeVisible();
  await expect(cards(page, prompt).locator('video')).toBeVisible();

  // Reported once: the row now lives in its own table, and the next load is clean.
  await page.reload();
  await expect(cards(page, prompt).locator('video')).toBeVisible();
  await expect(page.getByText('could not be read')).toHaveCount(0);
});

test('export the history as JSON and import it into another browser profile', async ({ page, browser }) => {
  const prompt = uniquePrompt('A red tram climbing a hill');
  await openStudio(page);
  await generate(page, prompt);
  await expect(cards(page, prompt).getByText('Ready')).toBeVisible({ timeout: 60_000 });

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^kling-studio-history-\d{4}-\d{2}-\d{2}\.json$/);
  const file = await download.path();

  const fresh = await browser.newContext();
  const elsewhere = await fresh.newPage();
  await openStudio(elsewhere);
  await expect(elsewhere.getByText('Your clips will appear here')).toBeVisible();
  await importHistoryFile(elsewhere, file);
  await expect(elsewhere.getByRole('status').filter({ hasText: /Imported: 1 new/ })).toBeVisible();
  await expect(cards(elsewhere, prompt).locator('video')).toBeVisible();
  // Importing the same file again adds nothing.
  await importHistoryFile(elsewhere, file);
  await expect(elsewhere.getByRole('status').filter({ hasText: /0 new, 0 updated, 1 already here/ })).toBeVisible();
  await fresh.close();
});
