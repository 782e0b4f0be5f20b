import { expect, test } from '@playwright/test';
import { cards, generate, openStudio, uniquePrompt } from './support/gallery.ts';

test('a clip that finishes while the person is away shows in the tab title and as a notice', async ({ page }) => {
  const prompt = uniquePrompt('A comet over a snowy ridge [sim:slow]');
  await openStudio(page);
  await expect(page).toHaveTitle('Kling Studio');
  await generate(page, prompt);

  // The window goes to the background (the tab still shows, so polling goes on).
  await page.evaluate(() => {
    Object.defineProperty(document, 'hasFocus', { configurable: true, value: () => false });
    window.dispatchEvent(new Event('blur'));
  });
  await expect(cards(page, prompt).locator('video')).toBeVisible({ timeout: 60_000 });
  await expect(page).toHaveTitle('(1) Kling Studio');
  const notice = page.getByRole('status').filter({ hasText: 'Clip ready' });
  await expect(notice).toContainText(prompt.slice(0, 30));

  // Back: the count clears, and the notice opens the clip.
  await page.evaluate(() => {
    Object.defineProperty(document, 'hasFocus', { configurable: true, value: () => true });
    window.dispatchEvent(new Event('focus'));
  });
  await expect(page).toHaveTitle('Kling Studio');
  await expect(notice.getByRole('button', { name: 'View' })).toHaveAttribute('aria-haspopup', 'dialog');
  await notice.getByRole('button', { name: 'View' }).click();
  await expect(page.getByRole('dialog').getByRole('heading', { name: prompt })).toBeVisible();
  await expect(page.getByRole('dialog').locator('video')).toBeVisible();
});
