import { expect, test } from '@playwright/test';
import { choose, openStudio } from './fixtures/compose-page.ts';
import { cards, expectPlays, generate, uniquePrompt } from './support/gallery.ts';
import { createsFor, simulatorRequests } from './support/simulator-log.ts';

// Only in the new-api project (playwright.config.ts): what a deployed new-api gateway
// does that the document does not promise (docs/gateway-contract.md#deployed-gateways-new-api).

test('sound is said to be dropped before it is sent, the gateway drops it, and the clip is flagged', async ({ page, request }) => {
  await openStudio(page);
  const prompt = uniquePrompt('A drummer on a rooftop');
  await page.getByLabel('Prompt', { exact: true }).fill(prompt);
  await page.getByLabel('Generate sound').check();
  const note = page.getByRole('region', { name: /drop part of this request/ });
  await expect(note).toContainText('no sound: Kling’s default, a silent clip');
  // Nothing is known of this gateway yet: "may". Saying which gateway it is makes it "will".
  await expect(note.getByRole('heading')).toHaveText('This gateway may drop part of this request');
  await choose(page, /Classic list/);
  await expect(note.getByRole('heading')).toHaveText('This gateway will drop part of this request');
  await page.screenshot({ path: test.info().outputPath('passthrough-note.png'), fullPage: true });
  await page.getByRole('button', { name: /generate/i }).click();
  await expectPlays(page, prompt);
  await expect(cards(page, prompt)).toContainText('This gateway answers as new-api, which drops sound');
  const [create] = createsFor(await simulatorRequests(request), prompt);
  expect(create?.body).toMatchObject({ metadata: { sound: 'on' } });
  expect((create as unknown as { dropped?: string[] }).dropped?.join(' ')).toMatch(/sound/);
});

test('after a new-api answer the guess is "will drop", and "Every field" sends as is', async ({ page }) => {
  await openStudio(page);
  const first = uniquePrompt('A paper boat on a puddle');
  await generate(page, first);
  await expectPlays(page, first);
  await page.getByLabel('Generate sound').check();
  const note = page.getByRole('region', { name: /drop part of this request/ });
  await expect(note.getByRole('heading')).toHaveText('This gateway will drop part of this request');
  await choose(page, /Every field/);
  await expect(page.getByText('Sent as is: this gateway is set to pass every field to Kling.')).toBeVisible();
  // The setting is a radio group a keyboard reaches: its choice is announced as checked.
  await expect(page.getByRole('radio', { name: /Every field/ })).toBeChecked();
});

test('a failed task shows its reason in words and offers no clip anywhere', async ({ page }) => {
  await openStudio(page);
  const prompt = uniquePrompt('[sim:fail] A refused scene');
  await generate(page, prompt);
  const card = cards(page, prompt);
  await expect(card).toContainText('Kling’s content check turned down the prompt', { timeout: 60_000 });
  await expect(card.locator('video')).toHaveCount(0);
  await expect(card.getByRole('button', { name: /^Download/ })).toHaveCount(0);
  await card.getByRole('button', { name: /^Details for/ }).click();
  const details = page.getByRole('dialog');
  await expect(details).toContainText('Failure to pass the risk control system');
  await expect(details.getByRole('link', { name: /Failure/ })).toHaveCount(0);
  await expect(details.getByText('Result URL')).toHaveCount(0);
});

test('Kling’s refusal reads as its own words and code, not as raw JSON', async ({ page }) => {
  await openStudio(page);
  const prompt = uniquePrompt('A square that is not square');
  await page.getByLabel('Prompt', { exact: true }).fill(prompt);
  await page.getByText('Advanced: callback, your own id, raw metadata').click();
  await page.getByLabel('Raw metadata (JSON)').fill('{"aspect_ratio": "4:3"}');
  await page.getByRole('button', { name: /generate/i }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'The clip was not started.' });
  await expect(alert).toContainText('(Kling code 1201)');
  await expect(alert).not.toContainText('{');
  await page.screenshot({ path: test.info().outputPath('kling-refusal.png'), fullPage: true });
});

test('the Kling-compatible surface creates and plays, sending model beside model_name and a string duration', async ({ page, request }) => {
  await openStudio(page);
  await choose(page, /Kling-compatible/);
  const prompt = uniquePrompt('A heron lifting off a lake');
  await generate(page, prompt);
  await expectPlays(page, prompt);
  const [create] = createsFor(await simulatorRequests(request), prompt);
  expect(create?.path).toBe('/kling/v1/videos/text2video');
  expect(create?.body).toMatchObject({ model: 'kling-v3', model_name: 'kling-v3', duration: '5' });
  expect(await page.getByRole('article', { name: prompt }).getAttribute('data-task-id')).toMatch(/^task_[A-Za-z0-9]{32}$/);
});
