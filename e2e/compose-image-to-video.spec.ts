import { expect, test } from '@playwright/test';
import { bodyOf, choose, expectClip, openStudio } from './fixtures/compose-page.ts';
import { makePng } from './fixtures/png.ts';
import { createsFor, simulatorRequests } from './support/simulator-log.ts';

test('an uploaded first frame goes to the Kling-compatible surface as bare Base64', async ({ page, request }) => {
  const prompt = `The blue ball starts to roll, camera rises ${Date.now()}`;
  const png = makePng(800, 450);
  await openStudio(page);
  await choose(page, /Kling-compatible/);
  // The modes are a tablist: arrow keys move between them.
  await page.getByRole('tab', { name: 'Text → Video' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: 'Image → Video' })).toHaveAttribute('aria-selected', 'true');

  await page.getByLabel('Upload First frame').setInputFiles({ name: 'ball.png', mimeType: 'image/png', buffer: png });
  await expect(page.getByText(/800×450 · PNG · \d+ KB/)).toBeVisible();
  await expect(page.getByRole('img', { name: 'First frame preview' })).toBeVisible();
  await page.getByLabel('Prompt', { exact: true }).fill(prompt);
  await choose(page, /Professional/);
  await choose(page, 'Forward & up');
  await page.getByRole('button', { name: /generate/i }).click();

  await expectClip(page, prompt, 5);
  const [create] = createsFor(await simulatorRequests(request), prompt);
  expect(create?.path).toBe('/kling/v1/videos/image2video');
  expect(bodyOf(create)).toEqual({
    model: 'kling-v3',
    model_name: 'kling-v3',
    prompt,
    image: png.toString('base64'),
    mode: 'pro',
    duration: '5',
    aspect_ratio: '16:9',
    camera_control: { type: 'forward_up' },
  });
});

test('a pasted image link goes to the unified surface as it is', async ({ page, request }) => {
  const prompt = `Waves roll into the harbour at night ${Date.now()}`;
  const url = 'https://images.example.com/frames/harbour.png';
  await openStudio(page);
  await page.getByRole('tab', { name: 'Image → Video' }).click();
  await expect(page.getByRole('button', { name: /generate/i })).toBeDisabled();
  await expect(page.getByText('First frame: Required.')).toBeVisible();

  await page.getByLabel('First frame URL').fill(url);
  // The browser cannot load it here; Kling fetches it itself, so it only warns.
  await expect(page.getByText(/could not load this link/)).toBeVisible();
  await page.getByLabel('Prompt', { exact: true }).fill(prompt);
  await choose(page, '9:16');
  await page.getByRole('button', { name: /generate/i }).click();

  await expectClip(page, prompt, 5);
  const [create] = createsFor(await simulatorRequests(request), prompt);
  expect(create?.path).toBe('/v1/video/generations');
  expect(bodyOf(create)).toEqual({
    model: 'kling-v3',
    prompt,
    image: url,
    mode: 'std',
    duration: 5,
    size: '1080x1920',
    metadata: { aspect_ratio: '9:16' },
  });
});
