import { expect, test } from '@playwright/test';
import { credentialFingerprint } from '../server/simulator/request-log.ts';
import { type RunningSimulator, startSimulator } from '../server/simulator/start-simulator.ts';
import { simulatorRequests } from './support/simulator-log.ts';
import { type StudioProcess, startStudio } from './support/studio-process.ts';

// A studio with a real-looking key, pointed at a simulator that accepts only that
// key: the key must reach the gateway on every request and the browser never.
const CANARY = `canary-${Math.random().toString(36).slice(2)}-do-not-leak`;

let simulator: RunningSimulator;
let studio: StudioProcess;
let studioUrl: string;

test.beforeAll(async () => {
  simulator = await startSimulator({ port: 0, apiKey: CANARY, timeScale: 0.02 });
  studio = await startStudio({ KLING_API_KEY: CANARY, KLING_BASE_URL: simulator.url });
  studioUrl = studio.url;
});

test.afterAll(async () => {
  studio?.stop();
  await simulator?.close();
});

test('the key reaches the gateway on every request and the browser never', async ({ page, request }) => {
  const seen: string[] = [];
  page.on('response', async (response) => {
    const headers = Object.entries(await response.allHeaders())
      .map(([k, v]) => `${k}: ${v}`)
      .join('\n');
    const body = await response.body().catch(() => Buffer.alloc(0));
    // Clip bytes are binary and huge; the text responses are what could carry a key.
    const text = (response.headers()['content-type'] ?? '').includes('video') ? '' : body.toString('utf8');
    seen.push(`${response.url()}\n${headers}\n${text}`);
  });

  await page.goto(studioUrl);
  await expect(page.getByText(/Gateway: 127\.0\.0\.1/)).toBeVisible();
  const prompt = `A lighthouse in a storm, canary run ${Date.now()}`;
  await page.getByLabel('Prompt').fill(prompt);
  await page.getByRole('button', { name: /generate/i }).click();
  await expect(page.getByRole('article', { name: prompt }).locator('video')).toBeVisible();

  // Everything the page can read: every response it got, plus the HTML, health
  // and every script the dev server would serve it.
  const scripts = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
  for (const url of [studioUrl, `${studioUrl}/api/health`, ...scripts.filter((u) => u.startsWith(studioUrl))]) {
    const response = await request.get(url);
    seen.push(`${url}\n${JSON.stringify(response.headers())}\n${await response.text()}`);
  }
  expect(seen.length).toBeGreaterThan(10);
  for (const item of seen) expect(item, item.split('\n')[0]).not.toContain(CANARY);

  const received = await simulatorRequests(request, simulator.url);
  expect(received.length).toBeGreaterThanOrEqual(2);
  // The simulator logs the key as a fingerprint (request-log.ts), so the log itself holds no key either.
  for (const entry of received) expect(entry.headers.authorization).toBe(credentialFingerprint(CANARY));
  expect(JSON.stringify(received)).not.toContain(CANARY);
  // The studio server's own log lines never carry it either.
  expect(studio.output().length).toBeGreaterThan(0);
  expect(studio.output()).not.toContain(CANARY);
});
