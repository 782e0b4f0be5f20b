import { expect, test } from '@playwright/test';

// English is in the first bundle; Chinese loads the first time it is chosen, and a
// page that starts in Chinese shows Chinese from its first paint (no English, no keys).
test('Chinese loads on demand, switches without showing keys, and a reload starts in it', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'New clip' })).toBeVisible();
  await expect(page.getByText('Your clips will appear here.', { exact: false })).toBeVisible();
  expect(scripts.filter((path) => /zh-cn/i.test(path))).toEqual([]);

  await page.getByRole('combobox', { name: 'Language' }).selectOption('zh-CN');
  await expect(page.getByRole('heading', { name: '新片段' })).toBeVisible();
  await expect(page.getByLabel('提示词', { exact: true })).toBeVisible();
  // Strings of UI loaded on demand (the gallery) switch too.
  await expect(page.getByRole('heading', { name: /^片段/ })).toBeVisible();
  await expect(page.getByText('生成的片段会显示在这里', { exact: false })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await page.screenshot({ path: '/tmp/startpath-language-zh.png' });

  // The first text the composer heading ever shows after a reload is already Chinese.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { headingTexts: string[] }).headingTexts = seen;
    new MutationObserver(() => {
      const text = document.getElementById('compose-heading')?.textContent;
      if (text && seen.at(-1) !== text) seen.push(text);
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
  await page.reload();
  await expect(page.getByRole('heading', { name: '新片段' })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { headingTexts: string[] }).headingTexts)).toEqual(['新片段']);

  await page.getByRole('combobox', { name: '语言' }).selectOption('en');
  await expect(page.getByRole('heading', { name: 'New clip' })).toBeVisible();
  await expect(page.getByText('Your clips will appear here.', { exact: false })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});
