import { expect, test } from '@playwright/test';
import { bodyOf, choose, expectClip, openStudio } from './fixtures/compose-page.ts';
import { createsFor, simulatorRequests } from './support/simulator-log.ts';

test('a three-shot storyboard, resized by drag and keys and reordered, fills the clip and reaches Kling as multi_prompt', async ({
  page,
  request,
}) => {
  const prompt = `A day at the lighthouse ${Date.now()}`;
  await openStudio(page);
  await page.getByLabel('Prompt', { exact: true }).fill(prompt);
  await page.getByRole('checkbox', { name: /Tell this clip in shots/ }).check();
  const summary = page.getByText(/shots? · \d+ s of \d+ s/);
  await expect(summary).toHaveText('2 shots · 5 s of 5 s');

  await page.getByRole('button', { name: 'Add shot' }).click();
  await expect(summary).toHaveText('3 shots · 5 s of 5 s');
  for (const [n, text] of [
    [1, 'Dawn: fog over the rocks'],
    [2, 'Noon: gulls circle the lamp'],
    [3, 'Dusk: the beam sweeps the sea'],
  ] as const)
    await page.getByLabel(`Shot ${n} prompt`).fill(text);
  const generate = page.getByRole('button', { name: /generate/i });
  await expect(generate).toBeEnabled();

  // A longer clip: the shots grow with it, in proportion.
  await choose(page, '10 s');
  await expect(summary).toHaveText('3 shots · 10 s of 10 s');
  const cut1 = page.getByRole('slider', { name: 'Cut between shot 1 and shot 2' });
  const cut2 = page.getByRole('slider', { name: 'Cut between shot 2 and shot 3' });
  await expect(cut1).toHaveAttribute('aria-valuenow', '5');
  await expect(cut2).toHaveAttribute('aria-valuenow', '9');

  // Drag the first cut to 4 s with the mouse; move the second a second earlier with the keyboard.
  await page.getByTestId('shot-timeline').scrollIntoViewIfNeeded();
  const bar = (await page.getByTestId('shot-timeline').boundingBox())!;
  const handle = (await cut1.boundingBox())!;
  await page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
  await page.mouse.down();
  await page.mouse.move(bar.x + bar.width * 0.4, bar.y + bar.height / 2, { steps: 8 });
  await page.mouse.up();
  await expect(cut1).toHaveAttribute('aria-valuenow', '4');
  await cut2.focus();
  await page.keyboard.press('ArrowLeft');
  await expect(cut2).toHaveAttribute('aria-valuetext', 'at 8 s: shot 2 4 s, shot 3 2 s');

  // Reorder: the dusk shot moves before the noon one, keeping its length.
  await page.getByRole('button', { name: 'Move shot 3 earlier' }).press('Enter');
  await expect(page.getByLabel('Shot 2 prompt')).toHaveValue('Dusk: the beam sweeps the sea');
  // The focus went with the shot: pressing again would move the dusk shot once more.
  await expect(page.getByRole('button', { name: 'Move shot 2 earlier' })).toBeFocused();
  await expect(summary).toHaveText('3 shots · 10 s of 10 s');
  await generate.click();

  await expectClip(page, prompt, 10);
  const [create] = createsFor(await simulatorRequests(request), prompt);
  expect(bodyOf(create)).toEqual({
    model: 'kling-v3',
    prompt,
    mode: 'std',
    duration: 10,
    size: '1920x1080',
    metadata: {
      aspect_ratio: '16:9',
      multi_shot: true,
      shot_type: 'customize',
      multi_prompt: [
        { index: 1, prompt: 'Dawn: fog over the rocks', duration: '4' },
        { index: 2, prompt: 'Dusk: the beam sweeps the sea', duration: '2' },
        { index: 3, prompt: 'Noon: gulls circle the lamp', duration: '4' },
      ],
    },
  });
});

test('Kling splits the prompt itself: intelligence sends no shots', async ({ page, request }) => {
  const prompt = `A chase through the market, cut as you see fit ${Date.now()}`;
  await openStudio(page);
  await page.getByLabel('Prompt', { exact: true }).fill(prompt);
  await page.getByRole('checkbox', { name: /Tell this clip in shots/ }).check();
  await choose(page, /Kling splits my prompt/);
  await expect(page.getByText('Kling decides where to cut, from the main prompt.')).toBeVisible();
  await page.getByRole('button', { name: /generate/i }).click();

  await expectClip(page, prompt, 5);
  const [create] = createsFor(await simulatorRequests(request), prompt);
  expect(bodyOf(create).metadata).toEqual({ aspect_ratio: '16:9', multi_shot: true, shot_type: 'intelligence' });
});
