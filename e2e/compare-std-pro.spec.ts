import { type Locator, type Page, expect, test } from '@playwright/test';
import { cards, openStudio, uniquePrompt } from './support/gallery.ts';

// Std + Pro from the composer, the compare view from the gallery and from its URL,
// one transport for both clips, and the wipe divider by keyboard.

const compareDialog = (page: Page) => page.getByRole('dialog', { name: /Compare · Std vs Pro/ });

const clipTimes = (dialog: Locator) =>
  dialog.locator('video').evaluateAll((videos) => (videos as HTMLVideoElement[]).map((video) => video.currentTime));

const spread = (times: number[]) => Math.max(...times) - Math.min(...times);

/** Both clips loaded; their real sizes, as the elements report them and as the view states them. */
const expectStdAndProSizes = async (dialog: Locator) => {
  const videos = dialog.locator('video');
  await expect(videos).toHaveCount(2, { timeout: 60_000 });
  for (const caption of ['std', 'pro']) {
    const video = dialog.locator(`video[data-caption="${caption}"]`);
    await expect.poll(() => video.evaluate((v: HTMLVideoElement) => v.readyState), { timeout: 60_000 }).toBeGreaterThanOrEqual(2);
  }
  const size = (caption: string) =>
    dialog.locator(`video[data-caption="${caption}"]`).evaluate((v: HTMLVideoElement) => ({ width: v.videoWidth, height: v.videoHeight }));
  const std = await size('std');
  const pro = await size('pro');
  expect(Math.min(std.width, std.height)).toBe(720);
  expect(Math.min(pro.width, pro.height)).toBe(1080);
  const stdFacts = dialog.getByRole('group', { name: 'Measured facts for std' });
  const proFacts = dialog.getByRole('group', { name: 'Measured facts for pro' });
  await expect(stdFacts).toContainText(`${std.width}×${std.height} · 720p`);
  await expect(proFacts).toContainText(`${pro.width}×${pro.height} · 1080p`);
  // File size and bitrate come from the download route's Content-Length.
  await expect(proFacts.locator('[data-fact="file"]')).toContainText(/\d(\.\d+)? (MB|KB)/);
  await expect(proFacts.locator('[data-fact="bitrate"]')).toContainText(/b\/s/);
  await expect(proFacts.locator('[data-fact="size"]')).toContainText(/2\.25× of std/);
  // The only parameter that differs is the mode.
  const diff = dialog.getByRole('table');
  await expect(diff.getByRole('rowheader')).toHaveText(['Quality']);
  await expect(diff).toContainText('Professional (pro)');
};

test('Std + Pro: the compare view plays both clips in lockstep', async ({ page }) => {
  const prompt = uniquePrompt('A lighthouse beam sweeping over fog');
  await openStudio(page);
  await page.getByLabel('Prompt', { exact: true }).fill(prompt);
  await page.getByRole('button', { name: 'Std + Pro' }).click();
  await expect(cards(page, prompt)).toHaveCount(2);

  // Each member's card says which set it is in and links to it.
  await expect(cards(page, prompt).filter({ hasText: 'Std vs Pro · std' })).toHaveCount(1);
  await expect(cards(page, prompt).filter({ hasText: 'Std vs Pro · pro' })).toHaveCount(1);
  await cards(page, prompt)
    .first()
    .getByRole('link', { name: /^Compare the set of/ })
    .click();
  const dialog = compareDialog(page);
  await expect(dialog).toBeVisible();
  expect(page.url()).toMatch(/#\/set\/set-[a-z0-9-]+$/);
  const setUrl = new URL(page.url());
  await expectStdAndProSizes(dialog);

  // The shared seek bar moves both clips to the same instant.
  const seek = dialog.getByRole('slider', { name: 'Seek all clips' });
  await seek.fill('2.5');
  await expect.poll(async () => spread(await clipTimes(dialog))).toBeLessThan(0.05);
  expect((await clipTimes(dialog))[0]).toBeCloseTo(2.5, 1);
  await seek.fill('1.2');
  await expect.poll(async () => (await clipTimes(dialog)).every((time) => Math.abs(time - 1.2) < 0.05)).toBe(true);

  // Play moves both; pause stops both on the same frame.
  await dialog.getByRole('button', { name: /Play all/ }).click();
  await expect.poll(async () => Math.min(...(await clipTimes(dialog)))).toBeGreaterThan(1.8);
  await dialog.getByRole('button', { name: /Pause all/ }).click();
  await expect
    .poll(() =>
      dialog.locator('video').evaluateAll((videos) => (videos as HTMLVideoElement[]).every((video) => video.paused && !video.seeking)),
    )
    .toBe(true);
  await expect.poll(async () => spread(await clipTimes(dialog))).toBeLessThan(0.05);

  // Frame step moves both by one frame.
  const before = (await clipTimes(dialog))[0] ?? 0;
  await dialog.getByRole('button', { name: 'Next frame' }).click();
  await expect.poll(async () => (await clipTimes(dialog))[0] ?? 0).toBeGreaterThan(before + 0.02);
  await expect.poll(async () => spread(await clipTimes(dialog))).toBeLessThan(0.05);

  // Wipe: one picture, a divider that the keyboard moves.
  await dialog.getByRole('radio', { name: 'Wipe' }).check();
  const divider = dialog.getByRole('slider', { name: /Wipe divider/ });
  await divider.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(divider).toHaveAttribute('aria-valuenow', '54');
  await page.keyboard.press('Home');
  await expect(divider).toHaveAttribute('aria-valuenow', '0');
  await page.keyboard.press('Shift+ArrowRight');
  await expect(divider).toHaveAttribute('aria-valuenow', '10');
  await expect(dialog.locator('video')).toHaveCount(2);
  await expect.poll(async () => spread(await clipTimes(dialog))).toBeLessThan(0.05);

  // Back closes the view; the set's URL opens it again, straight from the history.
  await page.goBack();
  await expect(dialog).toBeHidden();
  await page.goto(setUrl.pathname + setUrl.hash);
  await expect(compareDialog(page)).toBeVisible();
  await expectStdAndProSizes(compareDialog(page));
  await compareDialog(page).getByRole('slider', { name: 'Seek all clips' }).fill('3');
  await expect.poll(async () => spread(await clipTimes(compareDialog(page)))).toBeLessThan(0.05);
});

test('Run the other mode pairs a finished task with its twin', async ({ page }) => {
  const prompt = uniquePrompt('A heron lifting off a misty pond');
  await openStudio(page);
  await page.getByLabel('Prompt', { exact: true }).fill(prompt);
  await page.getByRole('button', { name: /generate/i }).click();
  const card = cards(page, prompt);
  await expect(card.locator('video')).toBeVisible({ timeout: 60_000 });
  await card.getByRole('button', { name: /^Details/ }).click();
  // The player's keys work from where the focus starts in the detail view: '.' pauses on the next frame.
  const player = page.getByRole('dialog').locator('video');
  await expect.poll(() => player.evaluate((video: HTMLVideoElement) => !video.paused && video.currentTime > 0)).toBe(true);
  await page.keyboard.press('.');
  await expect.poll(() => player.evaluate((video: HTMLVideoElement) => video.paused)).toBe(true);
  await page.getByRole('button', { name: /Run as pro and compare/ }).click();

  const dialog = compareDialog(page);
  await expect(dialog).toBeVisible();
  await expect(cards(page, prompt)).toHaveCount(2);
  await expectStdAndProSizes(dialog);
  // Back leaves the compare view for the studio, not the detail it replaced.
  await page.goBack();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('dialog')).toHaveCount(0);
});

test('two prompts × two modes picked in the gallery open as one four-clip comparison', async ({ page }) => {
  const fox = uniquePrompt('A fox in the snow');
  const heron = uniquePrompt('A heron at dawn');
  await openStudio(page);
  for (const prompt of [fox, heron]) {
    await page.getByLabel('Prompt', { exact: true }).fill(prompt);
    await page.getByRole('button', { name: /std \+ pro/i }).click();
    await expect(cards(page, prompt)).toHaveCount(2);
  }
  // One Std + Pro run's two clips, ticked together, are already a comparison: it opens as it is, nothing asked.
  const askToMove = page.getByRole('dialog', { name: 'Move them into a new comparison?' });
  for (let i = 0; i < 2; i += 1)
    await cards(page, fox)
      .nth(i)
      .getByRole('checkbox', { name: /^Select/ })
      .check();
  await page.getByRole('button', { name: /Compare side by side/ }).click();
  await expect(compareDialog(page)).toBeVisible();
  await expect(askToMove).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(compareDialog(page)).toBeHidden();

  for (const prompt of [fox, heron])
    for (let i = 0; i < 2; i += 1)
      await cards(page, prompt)
        .nth(i)
        .getByRole('checkbox', { name: /^Select/ })
        .check();
  // Each pair is already a Std vs Pro set: the studio asks, in its own dialog, before moving them into the new one.
  await page.getByRole('button', { name: /Compare side by side/ }).click();
  await expect(askToMove).toContainText('4 of these clips are already in a comparison. They will move to the new comparison');
  await expect(askToMove.getByRole('button', { name: 'Move and compare' })).toBeFocused();
  await askToMove.getByRole('button', { name: 'Move and compare' }).click();

  const dialog = page.getByRole('dialog', { name: /Compare · Picked/ });
  await expect(dialog).toBeVisible();
  await expect(dialog.locator('video')).toHaveCount(4, { timeout: 60_000 });
  const captions = await dialog.locator('video').evaluateAll((videos) => videos.map((video) => video.getAttribute('data-caption') ?? ''));
  expect(captions.map((caption) => caption.split(' · ')[0]).sort()).toEqual(['pro', 'pro', 'std', 'std']);
  // One transport moves all four.
  for (const video of await dialog.locator('video').all())
    await expect.poll(() => video.evaluate((v: HTMLVideoElement) => v.readyState), { timeout: 60_000 }).toBeGreaterThanOrEqual(2);
  await dialog.getByRole('slider', { name: 'Seek all clips' }).fill('2.5');
  await expect.poll(async () => Math.min(...(await clipTimes(dialog)))).toBeGreaterThan(2.4);
  expect(spread(await clipTimes(dialog))).toBeLessThan(0.05);
  // The selection bar that opened it is gone: closing leaves focus on the gallery, not the page body.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { name: /^Clips/ })).toBeFocused();
});
