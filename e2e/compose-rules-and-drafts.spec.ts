import { expect, test } from '@playwright/test';
import { bodyOf, choose, openStudio } from './fixtures/compose-page.ts';
import { makePng } from './fixtures/png.ts';
import { createsFor, simulatorRequests } from './support/simulator-log.ts';

test('hard limits block Generate with every reason beside its field', async ({ page, request }) => {
  await openStudio(page);
  const generate = page.getByRole('button', { name: /generate/i });
  const reasons = page.locator('#generate-blocked-reason');
  const prompt = page.getByLabel('Prompt', { exact: true });

  await prompt.fill('x'.repeat(2501));
  await expect(page.getByText('2501 / 2500')).toBeVisible();
  await expect(generate).toBeDisabled();
  await expect(reasons).toContainText('Prompt: At most 2500 characters (now 2501).');
  // Blocked, Generate can still take the focus (a disabled button could not, and its reasons
  // would never be read with it) and sends nothing.
  await generate.focus();
  await expect(generate).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(generate).toBeFocused();
  await expect(generate).toBeDisabled();
  await prompt.press('Control+Enter');
  // A send would reach the simulator within this second (the queue sends at once).
  await page.waitForTimeout(1_000);
  expect(createsFor(await simulatorRequests(request), 'x'.repeat(2501))).toHaveLength(0);
  await expect(prompt).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#prompt-messages')).toHaveText('At most 2500 characters (now 2501).');
  await prompt.fill('x'.repeat(2500));
  await expect(generate).toBeEnabled();

  await page.getByText('Advanced: callback').click();
  await page.getByLabel(/Callback URL/).fill('not a link');
  await expect(page.locator('#callbackUrl-messages')).toHaveText('Must be an http(s) URL.');
  await page.getByLabel('Raw metadata (JSON)').fill('{"watermark": ');
  await expect(reasons).toContainText('Raw metadata: Not valid JSON');
  await page.getByLabel('Raw metadata (JSON)').fill('{"camera_control": {"type": "simple", "config": {"pan": 1, "zoom": 2}}}');
  await expect(reasons).toContainText('Raw metadata: Exactly one axis may move (now 2).');
  await expect(reasons).toContainText('Callback URL: Must be an http(s) URL.');
  await expect(generate).toHaveAttribute('aria-describedby', 'generate-blocked-reason');
  // Past two reasons the sticky bar shows two and counts the rest; all are still read out, and each is at its field.
  await prompt.fill('x'.repeat(2501));
  await expect(page.getByText('…and 1 more, marked at its field.')).toBeVisible();
  await expect(reasons).toContainText('Prompt: At most 2500 characters (now 2501).');
  await expect(reasons).toContainText('Callback URL: Must be an http(s) URL.');
  await expect(page.locator('#prompt-messages')).toHaveText('At most 2500 characters (now 2501).');
});

test('an image Kling would refuse is explained and fixed in the browser', async ({ page }) => {
  await openStudio(page);
  await page.getByRole('tab', { name: 'Image → Video' }).click();
  await page.getByLabel('Upload First frame').setInputFiles({ name: 'tiny.png', mimeType: 'image/png', buffer: makePng(200, 120) });
  await expect(page.locator('#image-messages')).toContainText('Each side must be at least 300 px (this is 200×120).');
  await expect(page.getByText('The studio can fix this here: enlarge to 300 px → 500×300 PNG.')).toBeVisible();
  await page.getByRole('button', { name: 'Fix image' }).press('Enter');
  await expect(page.getByText(/500×300 · PNG/)).toBeVisible();
  // The button is gone with the problem: the focus is on the new facts, not lost to the page.
  await expect(page.getByTestId('image-facts')).toBeFocused();
  await expect(page.locator('#image-messages')).toHaveCount(0);
  // Remove goes with the image: the focus moves to where the next one is given.
  await page.getByRole('button', { name: 'Remove First frame' }).press('Enter');
  await expect(page.getByLabel('First frame URL')).toBeFocused();
});

test('drafts survive a reload per mode, Reset restores defaults, an id is never sent twice', async ({ page, request }) => {
  const prompt = `A kite over the dunes ${Date.now()}`;
  await openStudio(page);
  await page.getByLabel('Prompt', { exact: true }).fill(prompt);
  await choose(page, 'Down & back');
  await page.getByRole('tab', { name: 'Image → Video' }).click();
  await expect(page.getByLabel('Prompt', { exact: true })).toHaveValue(prompt);
  await page.getByLabel('First frame URL').fill('https://images.example.com/kite.png');
  await page.getByText('Advanced: callback').click();
  await page.getByRole('button', { name: 'New id' }).click();
  const id = await page.getByLabel(/Your task id/).inputValue();
  expect(id).toMatch(/^studio-/);
  await page.getByLabel('Raw metadata (JSON)').fill('{"watermark": "off"}');
  await page.getByRole('button', { name: /generate/i }).click();
  await expect(page.getByRole('article', { name: prompt })).toBeVisible();

  const [create] = createsFor(await simulatorRequests(request), prompt);
  expect(bodyOf(create).metadata).toEqual({ aspect_ratio: '16:9', external_task_id: id, watermark: 'off' });
  // The draft stays, but its id has been spent.
  await expect(page.locator('#externalTaskId-messages')).toContainText('Already sent once');
  await expect(page.getByRole('button', { name: /generate/i })).toBeDisabled();

  await page.reload();
  await expect(page.getByRole('tab', { name: 'Image → Video' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByLabel('First frame URL')).toHaveValue('https://images.example.com/kite.png');
  await expect(page.getByLabel('Prompt', { exact: true })).toHaveValue(prompt);

  // A reset can be taken back from its notice.
  await page.getByRole('button', { name: 'Reset draft' }).click();
  await expect(page.getByLabel('Prompt', { exact: true })).toHaveValue('');
  await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByLabel('Prompt', { exact: true })).toHaveValue(prompt);
  await expect(page.getByLabel('First frame URL')).toHaveValue('https://images.example.com/kite.png');

  await page.getByRole('button', { name: 'Reset draft' }).click();
  await expect(page.getByLabel('Prompt', { exact: true })).toHaveValue('');
  await expect(page.getByLabel('First frame URL')).toHaveValue('');
  await expect(page.getByLabel('Model', { exact: true })).toHaveValue('kling-v3');
  // The shared fields travel between modes; the text mode kept its own camera move.
  await page.getByRole('tab', { name: 'Text → Video' }).click();
  await expect(page.getByLabel('Prompt', { exact: true })).toHaveValue('');
  await expect(page.getByRole('radio', { name: 'Down & back' })).toBeChecked();
});
