import { expect, test } from '@playwright/test';
import { bodyOf, choose, expectClip, openStudio } from './fixtures/compose-page.ts';
import { createsFor, simulatorRequests } from './support/simulator-log.ts';

test('text to video with a one-axis camera move, sent twice with Ctrl+Enter', async ({ page, request }) => {
  const prompt = `A lighthouse at dusk, the camera turns away ${Date.now()}`;
  await openStudio(page);
  const promptBox = page.getByLabel('Prompt', { exact: true });
  await promptBox.fill(prompt);
  await expect(page.getByText(`${prompt.length} / 2500`)).toBeVisible();
  await page.getByLabel('Things to avoid').fill('blur, captions');
  await page.getByLabel('Adherence (cfg_scale)').fill('0.7');
  // kling-v3 takes any whole length from 3 to 15 s.
  await page.getByLabel('Any length 3–15 s').fill('6');

  await choose(page, 'Simple');
  await page.getByLabel('Horizontal', { exact: true }).fill('3');
  await page.getByLabel('Pan', { exact: true }).fill('-4');
  // Moving pan set horizontal back to 0, and says so.
  await expect(page.getByLabel('Horizontal', { exact: true })).toHaveValue('0');
  await expect(page.getByText('reset to 0', { exact: true })).toBeVisible();
  await expect(page.getByText('Pan -4: the camera turns left.')).toBeVisible();
  await expect(page.getByTestId('camera-scene')).toBeVisible();

  await page.getByText('Request preview').click();
  await expect(page.getByLabel('Request body')).toContainText('"pan": -4');

  await page.getByLabel('Runs of this request').selectOption('2');
  await expect(page.getByRole('button', { name: /Generate × 2/ })).toBeEnabled();
  await promptBox.press('Control+Enter');

  await expectClip(page, prompt, 6, 2);
  const creates = createsFor(await simulatorRequests(request), prompt);
  expect(creates).toHaveLength(2);
  for (const create of creates) {
    expect(create.path).toBe('/v1/video/generations');
    expect(bodyOf(create)).toEqual({
      model: 'kling-v3',
      prompt,
      mode: 'std',
      duration: 6,
      size: '1920x1080',
      metadata: {
        aspect_ratio: '16:9',
        negative_prompt: 'blur, captions',
        cfg_scale: 0.7,
        camera_control: { type: 'simple', config: { horizontal: 0, vertical: 0, pan: -4, tilt: 0, roll: 0, zoom: 0 } },
      },
    });
  }
  // The draft stays for the next variation.
  await expect(promptBox).toHaveValue(prompt);

  // Pressed from the keyboard, Generate keeps the focus while it sends (busy, not disabled).
  const generate = page.getByRole('button', { name: /Generate × 2/ });
  await generate.focus();
  await page.keyboard.press('Enter');
  await expect.poll(async () => createsFor(await simulatorRequests(request), prompt).length).toBe(4);
  await expect(generate).toBeFocused();
});
