import { expect, test, type Locator, type Page } from '@playwright/test';
import { decode } from 'fast-png';
import { bodyOf, expectClip, openStudio } from './fixtures/compose-page.ts';
import { makePng } from './fixtures/png.ts';
import { createsFor, simulatorRequests } from './support/simulator-log.ts';

const FRAME = { width: 800, height: 450 };

/** A point on the stage, as fractions of the first frame (top-left origin, as a person sees it). */
const at = async (stage: Locator, x: number, y: number) => {
  const box = (await stage.boundingBox())!;
  return { x: box.x + x * box.width, y: box.y + y * box.height };
};

const drag = async (page: Page, stage: Locator, points: [number, number][]) => {
  await stage.scrollIntoViewIfNeeded();
  const [first, ...rest] = points;
  const start = await at(stage, ...first!);
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  for (const point of rest) {
    const next = await at(stage, ...point);
    await page.mouse.move(next.x, next.y, { steps: 12 });
  }
  await page.mouse.up();
};

const maskOf = (base64: unknown) => {
  const png = decode(Buffer.from(String(base64), 'base64'));
  return { width: png.width, height: png.height, at: (x: number, y: number) => png.data[(y * png.width + x) * png.channels] };
};

test('a still area and two moving regions, painted and pathed with the mouse, reach Kling as masks and bottom-left paths', async ({
  page,
  request,
}) => {
  const prompt = `The kite drifts right and up, the pier stays put ${Date.now()}`;
  await openStudio(page);
  await page.getByRole('tab', { name: 'Image → Video' }).click();
  await expect(page.getByText('Add a first frame above to paint on it.')).toBeVisible();
  await page
    .getByLabel('Upload First frame')
    .setInputFiles({ name: 'harbour.png', mimeType: 'image/png', buffer: makePng(FRAME.width, FRAME.height) });
  const stage = page.getByRole('application', { name: 'Motion brush over the first frame' });
  await expect(stage).toBeVisible();

  // The still area: a stroke along the bottom-left.
  await page.getByRole('button', { name: 'Add still area' }).click();
  await drag(page, stage, [
    [0.05, 0.9],
    [0.3, 0.9],
  ]);
  // Motion 1: a dab in the middle, then a freehand path up and to the right.
  await page.getByRole('button', { name: 'Add motion region' }).click();
  await drag(page, stage, [
    [0.55, 0.5],
    [0.62, 0.5],
  ]);
  await page.getByRole('radio', { name: 'Path', exact: true }).check({ force: true });
  await drag(page, stage, [
    [0.6, 0.5],
    [0.75, 0.4],
    [0.9, 0.3],
  ]);
  // Motion 2: painted, then a path of three clicked points.
  await page.getByRole('button', { name: 'Add motion region' }).click();
  await page.getByRole('radio', { name: 'Paint', exact: true }).check({ force: true });
  await drag(page, stage, [
    [0.2, 0.3],
    [0.25, 0.3],
  ]);
  await page.getByRole('radio', { name: 'Path', exact: true }).check({ force: true });
  await stage.scrollIntoViewIfNeeded();
  for (const [x, y] of [
    [0.2, 0.3],
    [0.3, 0.15],
    [0.4, 0.3],
  ] as const) {
    const point = await at(stage, x, y);
    await page.mouse.click(point.x, point.y);
  }
  // The path can be edited afterwards: its last point nudged by keyboard (1% right), then back.
  const last = page.getByRole('button', { name: /Motion 2, path point 3 of 3/ });
  await last.press('ArrowRight');
  await expect(page.getByRole('button', { name: /Motion 2, path point 3 of 3: 41% from the left/ })).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('button', { name: /Motion 2, path point 3 of 3: 40% from the left/ })).toBeVisible();
  // Redo with nothing more to redo: the spent button keeps the focus instead of dropping it.
  const redo = page.getByRole('button', { name: 'Redo' });
  await redo.press('Enter');
  await expect(page.getByRole('button', { name: /Motion 2, path point 3 of 3: 41% from the left/ })).toBeVisible();
  await expect(redo).toBeDisabled();
  await expect(redo).toBeFocused();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('button', { name: /Motion 2, path point 3 of 3: 40% from the left/ })).toBeVisible();

  await expect(page.getByRole('radio', { name: 'Motion 1' })).toHaveAccessibleDescription(/% of the frame · Path: 77 points sent/);
  // The draft keeps the masks; after a reload the brush reads them back, still editable.
  await page.reload();
  await expect(page.getByRole('radio', { name: 'Motion 2' })).toHaveAccessibleDescription(/% of the frame · Path: 77 points sent/);
  await expect(page.getByRole('radio', { name: 'Still area' })).toHaveAccessibleDescription(/Kling keeps this still/);
  // Masks and a camera move exclude one another: the camera editor says why it rests.
  await expect(page.getByText('No camera move here: this request uses Masks', { exact: false })).toBeVisible();
  await page.getByLabel('Prompt', { exact: true }).fill(prompt);
  await page.getByRole('button', { name: /generate/i }).click();

  await expectClip(page, prompt, 5);
  const [create] = createsFor(await simulatorRequests(request), prompt);
  const metadata = bodyOf(create).metadata as {
    static_mask: string;
    dynamic_masks: { mask: string; trajectories: { x: number; y: number }[] }[];
  };
  expect(Object.keys(metadata).sort()).toEqual(['aspect_ratio', 'dynamic_masks', 'static_mask']);

  // Every mask: Base64 without a prefix, a PNG at the first frame's size.
  const still = maskOf(metadata.static_mask);
  expect(metadata.static_mask).toMatch(/^iVBORw0KGgo/);
  expect([still.width, still.height]).toEqual([FRAME.width, FRAME.height]);
  expect(still.at(100, 405)).toBe(255);
  expect(still.at(400, 225)).toBe(0);
  expect(metadata.dynamic_masks).toHaveLength(2);
  const [one, two] = metadata.dynamic_masks.map((entry) => maskOf(entry.mask));
  expect([one!.width, one!.height, two!.width, two!.height]).toEqual([800, 450, 800, 450]);
  expect([one!.at(470, 225), one!.at(100, 405), two!.at(180, 135)]).toEqual([255, 0, 255]);

  // Paths: 77 whole-pixel points, origin bottom-left, so "up on screen" is a growing y.
  const [first, second] = metadata.dynamic_masks.map((entry) => entry.trajectories);
  const near = (point: { x: number; y: number } | undefined, x: number, y: number) => {
    expect(Math.abs(point!.x - x)).toBeLessThanOrEqual(2);
    expect(Math.abs(point!.y - y)).toBeLessThanOrEqual(2);
  };
  expect(first).toHaveLength(77);
  near(first![0], 480, 225);
  near(first![76], 720, 315);
  expect(first!.every((p) => Number.isInteger(p.x) && Number.isInteger(p.y))).toBe(true);
  expect(second).toHaveLength(77);
  near(second![0], 160, 315);
  near(second![38], 240, 382);
  near(second![76], 320, 315);
});

test('painted and pathed from the keyboard alone: arrows move the brush, Space paints a stroke, Enter a dab, Escape drops one', async ({
  page,
  request,
}) => {
  const prompt = `A gull crosses, painted by keyboard ${Date.now()}`;
  await openStudio(page);
  await page.getByRole('tab', { name: 'Image → Video' }).click();
  await page
    .getByLabel('Upload First frame')
    .setInputFiles({ name: 'gull.png', mimeType: 'image/png', buffer: makePng(FRAME.width, FRAME.height) });
  const stage = page.getByRole('application', { name: 'Motion brush over the first frame' });
  await expect(stage).toHaveAccessibleDescription(/Space puts the brush down/);
  // The default model takes no masks: said before the first stroke (and after), with the models that do.
  const ahead = page.getByRole('note').filter({ hasText: 'Models that take them: kling-v1-5 (pro, 5 s), kling-v1 (5 s).' });
  await expect(ahead).toContainText('kling-v3 is not known to support Masks');
  await page.getByRole('button', { name: 'Add motion region' }).click();

  const keys = async (...list: string[]) => {
    for (const key of list) await stage.press(key);
  };
  const where = (x: number, y: number) => page.getByText(`Brush at ${x}% from the left, ${y}% from the top.`, { exact: false });
  await stage.focus();
  // The brush starts in the middle; Shift moves it 5 %. A stroke from (30 %, 20 %) to (50 %, 20 %).
  await keys(
    'Shift+ArrowLeft',
    'Shift+ArrowLeft',
    'Shift+ArrowLeft',
    'Shift+ArrowLeft',
    'Shift+ArrowUp',
    'Shift+ArrowUp',
    'Shift+ArrowUp',
    'Shift+ArrowUp',
    'Shift+ArrowUp',
    'Shift+ArrowUp',
  );
  await expect(page.getByTestId('keyboard-cursor')).toBeVisible();
  await expect(where(30, 20)).toHaveCount(1);
  await keys('Space', 'Shift+ArrowRight', 'Shift+ArrowRight', 'Shift+ArrowRight', 'Shift+ArrowRight');
  await expect(page.getByText('Painting.')).toHaveCount(1);
  await keys('Space');
  await expect(page.getByText('Painting.')).toHaveCount(0);
  await expect(page.getByText('Painted. Brush at 50% from the left, 20% from the top.')).toHaveCount(1);
  await expect(page.getByRole('radio', { name: 'Motion 1' })).toHaveAccessibleDescription(/\d+% of the frame/);
  // A dab at (80 %, 80 %); then a stroke up to (80 %, 50 %) dropped with Escape.
  await keys(...Array.from({ length: 6 }, () => 'Shift+ArrowRight'), ...Array.from({ length: 12 }, () => 'Shift+ArrowDown'), 'Enter');
  await expect(where(80, 80)).toHaveCount(1);
  await keys('Space', 'Shift+ArrowUp', 'Shift+ArrowUp', 'Shift+ArrowUp', 'Shift+ArrowUp', 'Shift+ArrowUp', 'Shift+ArrowUp', 'Escape');
  await expect(where(80, 50)).toHaveCount(1);

  // The Path tool: Enter adds a point where the brush is (80, 50), (60, 50), (60, 40).
  await page.getByRole('radio', { name: 'Path', exact: true }).check({ force: true });
  await stage.focus();
  await keys(
    'Enter',
    'Shift+ArrowLeft',
    'Shift+ArrowLeft',
    'Shift+ArrowLeft',
    'Shift+ArrowLeft',
    'Enter',
    'Shift+ArrowUp',
    'Shift+ArrowUp',
    'Space',
  );
  await expect(page.getByRole('button', { name: 'Motion 1, path point 3 of 3: 60% from the left, 40% from the top' })).toBeVisible();

  await page.getByLabel('Prompt', { exact: true }).fill(prompt);
  await page.getByRole('button', { name: /generate/i }).click();
  await expectClip(page, prompt, 5);
  const [create] = createsFor(await simulatorRequests(request), prompt);
  const metadata = bodyOf(create).metadata as { dynamic_masks: { mask: string; trajectories: { x: number; y: number }[] }[] };
  expect(metadata.dynamic_masks).toHaveLength(1);
  const mask = maskOf(metadata.dynamic_masks[0]!.mask);
  // The stroke (y 90 px, x 240–400 px) and the dab (640, 360) are painted; where Escape dropped the stroke is not.
  expect([mask.at(250, 90), mask.at(390, 90), mask.at(640, 360), mask.at(640, 290), mask.at(640, 225), mask.at(100, 400)]).toEqual([
    255, 255, 255, 0, 0, 0,
  ]);
  // The path, bottom-left origin: from (640, 225) through (480, 225) to (480, 270).
  const path = metadata.dynamic_masks[0]!.trajectories;
  expect(Math.abs(path[0]!.x - 640) + Math.abs(path[0]!.y - 225)).toBeLessThanOrEqual(2);
  expect(Math.abs(path.at(-1)!.x - 480) + Math.abs(path.at(-1)!.y - 270)).toBeLessThanOrEqual(2);
});
