import { expect, test } from '@playwright/test';
import { createsFor, simulatorRequests } from './support/simulator-log.ts';

test('a prompt becomes a clip that plays inline', async ({ page, request }) => {
  const prompt = `A paper boat drifting down a rain gutter, macro lens ${Date.now()}`;
  await page.goto('/');
  await expect(page.getByText('Simulator')).toBeVisible();

  await page.getByLabel('Prompt').fill(prompt);
  await page.getByRole('radio', { name: /10 s/ }).check();
  await page.getByRole('button', { name: /generate/i }).click();

  const card = page.getByRole('article', { name: prompt });
  await expect(card).toBeVisible();
  // Progress is shown while the task runs.
  await expect(card.getByRole('progressbar')).toBeVisible();

  const video = card.locator('video');
  await expect(video).toBeVisible();
  await expect(card.getByRole('progressbar')).toHaveCount(0);
  await expect.poll(() => video.evaluate((v: HTMLVideoElement) => v.readyState)).toBeGreaterThanOrEqual(2);
  const duration = await video.evaluate((v: HTMLVideoElement) => v.duration);
  expect(duration).toBeGreaterThan(9.5);
  expect(duration).toBeLessThan(10.5);

  // It really plays: time moves forward.
  await video.evaluate((v: HTMLVideoElement) => v.play());
  await expect.poll(() => video.evaluate((v: HTMLVideoElement) => v.currentTime)).toBeGreaterThan(0.5);

  // What reached the simulator is the contract's unified create body.
  const creates = createsFor(await simulatorRequests(request), prompt);
  expect(creates).toHaveLength(1);
  expect(creates[0]?.path).toBe('/v1/video/generations');
  expect(creates[0]?.body).toMatchObject({
    model: 'kling-v3',
    prompt,
    mode: 'std',
    duration: 10,
    size: '1920x1080',
    metadata: { aspect_ratio: '16:9' },
  });
});

test('on a phone, where the gallery is below the composer, a send says where the clip appears and goes there', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const prompt = `A lighthouse beam sweeping through fog ${Date.now()}`;
  await page.goto('/');
  await page.getByLabel('Prompt', { exact: true }).fill(prompt);
  await page.getByRole('button', { name: /generate/i }).click();
  const notice = page.getByRole('status').filter({ hasText: 'Sent: the clip appears under Clips, below.' });
  await expect(notice).toBeVisible();
  await notice.getByRole('button', { name: 'Show' }).click();
  const heading = page.getByRole('heading', { name: /^Clips/ });
  await expect(heading).toBeFocused();
  await expect(heading).toBeInViewport();
  await expect(page.getByRole('article', { name: prompt })).toBeVisible();
});

test('on a phone, Show asked while the gallery is still loading goes to the clips once they arrive', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  // Hold the gallery's on-demand chunk back, as a slow first load does.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/src/app/studio-gallery.tsx*', async (route) => {
    await held;
    await route.continue();
  });
  const prompt = `A kite tugging at its string over dunes ${Date.now()}`;
  await page.goto('/');
  await page.getByLabel('Prompt', { exact: true }).fill(prompt);
  await page.getByRole('button', { name: /generate/i }).click();
  const notice = page.getByRole('status').filter({ hasText: 'Sent: the clip appears under Clips, below.' });
  await notice.getByRole('button', { name: 'Show' }).click();
  const heading = page.getByRole('heading', { name: /^Clips/ });
  await expect(heading).toHaveCount(0);
  release();
  await expect(heading).toBeFocused();
  await expect(heading).toBeInViewport();
  await expect(page.getByRole('article', { name: prompt })).toBeVisible();
});
