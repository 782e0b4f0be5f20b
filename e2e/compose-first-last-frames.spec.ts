import { expect, test } from '@playwright/test';
import { bodyOf, choose, expectClip, openStudio, pasteFile } from './fixtures/compose-page.ts';
import { makePng } from './fixtures/png.ts';
import { createsFor, simulatorRequests } from './support/simulator-log.ts';

test('first and last frames from a file and a paste, swapped with one click', async ({ page, request }) => {
  const prompt = `A red dawn turns into a green noon ${Date.now()}`;
  const red = makePng(640, 640, [200, 30, 30]);
  const green = makePng(640, 640, [30, 160, 60]);
  await openStudio(page);
  await page.getByRole('tab', { name: 'First + Last' }).click();
  await expect(page.getByText(/No camera move with first and last frames/)).toBeVisible();

  await page.getByLabel('Upload First frame').setInputFiles({ name: 'red.png', mimeType: 'image/png', buffer: red });
  await pasteFile(page, 'fieldset:has(legend:text-is("Last frame"))', green);
  await expect(page.getByRole('img', { name: 'Last frame preview' })).toBeVisible();
  await expect(page.getByText('This request uses: Last frame.', { exact: false })).toBeVisible();

  await page.getByRole('button', { name: 'Swap first and last frame' }).click();
  await page.getByLabel('Prompt', { exact: true }).fill(prompt);

  // A last frame allows 5 s only: 10 s blocks Generate and says why.
  await choose(page, '10 s');
  const generate = page.getByRole('button', { name: /generate/i });
  await expect(generate).toBeDisabled();
  await expect(page.locator('#generate-blocked-reason')).toContainText('Duration: Must be 5 s with a last frame or masks.');
  await expect(generate).toHaveAttribute('aria-describedby', 'generate-blocked-reason');
  await choose(page, '5 s');
  await generate.click();

  await expectClip(page, prompt, 5);
  const [create] = createsFor(await simulatorRequests(request), prompt);
  expect(create?.path).toBe('/v1/video/generations');
  const body = bodyOf(create);
  expect(body.image).toBe(green.toString('base64'));
  expect(body.metadata).toEqual({ aspect_ratio: '16:9', image_tail: red.toString('base64') });
  expect(body).toMatchObject({ model: 'kling-v3', prompt, duration: 5, mode: 'std' });
});
