import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { EXAMPLE_NGINX, renderNginxConfig } from '../deploy/nginx-config.ts';
import { BALANCER_PORT, NGINX, startBalancedStudios, type BalancedStudios, type StudioCopy } from './support/balanced-studios.ts';
import { cards, expectPlays, generate, openStudio, taskIds, uniquePrompt } from './support/gallery.ts';
import { readZip } from '../server/testing/read-zip.ts';
import { createsFor, simulatorRequests } from './support/simulator-log.ts';

// Two `npm start` copies behind Debian's nginx on loopback, one standalone simulator as
// their shared gateway (e2e/support/balanced-studios.ts): a person's whole journey through
// the balancer while the copies are stopped and started under it. The project `production`
// (playwright.config.ts) runs only this file.

test.describe.configure({ mode: 'serial' });
test.use({ baseURL: `http://127.0.0.1:${BALANCER_PORT}` });

const OPENSSL = '/usr/bin/openssl';

let studios: BalancedStudios;

/** Every request the watched pages send to the balancer, and how each ended. */
const watchTraffic = (origin: string) => {
  const answered: { method: string; url: string; status: number; upstream: string | null }[] = [];
  const failed: { method: string; url: string; failure: string; status: number | null }[] = [];
  const watch = (page: Page) => {
    page.on('response', (response) => {
      if (response.url().startsWith(origin))
        answered.push({
          method: response.request().method(),
          url: response.url(),
          status: response.status(),
          upstream: response.headers()['x-upstream'] ?? null,
        });
    });
    page.on('requestfailed', (request) => {
      if (!request.url().startsWith(origin)) return;
      const entry = {
        method: request.method(),
        url: request.url(),
        failure: request.failure()?.errorText ?? '',
        status: null as number | null,
      };
      failed.push(entry);
      void request.response().then((response) => (entry.status = response?.status() ?? null));
    });
  };
  const polls = () =>
    answered.filter((entry) => entry.method === 'GET' && /\/api\/v1\/video\/generations\/[^/?]+$/.test(new URL(entry.url).pathname));
  /** Server errors and failed requests so far (a clip's fetch cancelled after its 200 aside: see the end of the journey). */
  const problems = () => [
    ...answered.filter((entry) => entry.status >= 500),
    ...failed.filter(
      (entry) =>
        !(entry.failure === 'net::ERR_ABORTED' && entry.status === 200 && new URL(entry.url).pathname.startsWith('/api/download/unified/')),
    ),
  ];
  return { watch, answered, failed, polls, problems };
};

/** Waits for the clips to be ready, failing at once when a request through the balancer does. */
const untilReady = async (page: Page, prompts: string[], traffic: ReturnType<typeof watchTraffic>) => {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const problems = traffic.problems();
    if (problems.length > 0) throw new Error(`a request through the balancer failed: ${JSON.stringify(problems, null, 2)}`);
    const ready = await Promise.all(prompts.map((prompt) => cards(page, prompt).getByText('Ready').isVisible()));
    if (ready.every(Boolean)) return;
    if (Date.now() > deadline) throw new Error(`not ready within 60 s: ${prompts.filter((_, index) => !ready[index]).join(', ')}`);
    await page.waitForTimeout(200);
  }
};

type LogLine = { event: string; method?: string; route?: string; status?: number | null; completed?: boolean; [key: string]: unknown };
const logLines = (copy: StudioCopy): LogLine[] =>
  copy
    .stdout()
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as LogLine);
const requestsLogged = (copy: StudioCopy) => logLines(copy).filter((line) => line.event === 'request').length;

/** nginx tries a copy found down again after its fail_timeout: asked until this copy answers one. */
const servingAgain = async (copy: StudioCopy) => {
  const before = requestsLogged(copy);
  await expect
    .poll(
      async () => {
        await fetch(`${studios.url}/api/health`);
        return requestsLogged(copy);
      },
      { timeout: 15_000 },
    )
    .toBeGreaterThan(before);
};

test('deploy/nginx.conf is the template rendered for the example deployment', () => {
  expect(readFileSync(new URL('../deploy/nginx.conf', import.meta.url), 'utf8')).toBe(renderNginxConfig(EXAMPLE_NGINX));
  // And nginx takes it: the example's TLS server, with a throwaway certificate in place of the team's.
  if (!existsSync(OPENSSL))
    return void test
      .info()
      .annotations.push({ type: 'skipped', description: `nginx -t of the TLS example: no ${OPENSSL} to make a certificate` });
  const dir = mkdtempSync(join(tmpdir(), 'kling-nginx-example-'));
  try {
    execFileSync(
      OPENSSL,
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '1',
        '-subj',
        '/CN=studio.example.com',
        '-keyout',
        join(dir, 'key.pem'),
        '-out',
        join(dir, 'cert.pem'),
      ],
      { stdio: 'ignore' },
    );
    const config = renderNginxConfig({
      ...EXAMPLE_NGINX,
      prefix: dir,
      listen: { tls: { serverName: 'studio.example.com', certificate: join(dir, 'cert.pem'), certificateKey: join(dir, 'key.pem') } },
    });
    writeFileSync(join(dir, 'nginx.conf'), config);
    execFileSync(NGINX, ['-t', '-q', '-p', dir, '-e', join(dir, 'error.log'), '-c', join(dir, 'nginx.conf')], { stdio: 'pipe' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test.describe('two copies behind nginx', () => {
  test.beforeAll(async () => {
    // The studio is built first (e2e/support/balanced-studios.ts).
    test.setTimeout(120_000);
    studios = await startBalancedStudios();
  });

  test.afterAll(async () => {
    await studios?.close();
  });

  test('through the balancer, a clip is made, played, downloaded and zipped while the copies are stopped and started under it', async ({
    page,
    request,
  }) => {
    test.setTimeout(90_000);
    const [copyA, copyB] = studios.copies as [StudioCopy, StudioCopy];
    const traffic = watchTraffic(studios.url);
    traffic.watch(page);
    await openStudio(page);
    await expect(page.getByText('Gateway: 127.0.0.1')).toBeVisible();
    // nginx takes turns: the page's own files already came from both copies.
    expect(requestsLogged(copyA)).toBeGreaterThan(0);
    expect(requestsLogged(copyB)).toBeGreaterThan(0);

    // Two clips; while they are being made, copy A is stopped.
    const first = uniquePrompt('A heron lifting off a misty lake');
    const second = uniquePrompt('A heron landing on a misty lake');
    await generate(page, first);
    await generate(page, second);
    await expect(cards(page, second).getByRole('progressbar')).toBeVisible();
    const pollsBeforeStop = traffic.polls().length;
    const answeredBeforeStop = traffic.answered.length;
    expect(await copyA.stop()).toBe(0);
    // Stopped mid-way: the second clip was still being made.
    await expect(cards(page, second).getByRole('progressbar')).toBeVisible();

    await untilReady(page, [first, second], traffic);
    // The polls went on, answered by B alone: nginx found A gone and passed a poll on to B.
    expect(traffic.polls().length).toBeGreaterThan(pollsBeforeStop);
    expect(traffic.answered.slice(answeredBeforeStop).some((entry) => entry.upstream === `${copyA.address}, ${copyB.address}`)).toBe(true);
    await expectPlays(page, first);

    // One clip through the Download button: a whole file, byte for byte the gateway's clip.
    const [firstId = ''] = await taskIds(page, first);
    const clipUrl = (await cards(page, first).locator('video').getAttribute('src')) ?? '';
    const downloading = page.waitForEvent('download');
    await cards(page, first)
      .getByRole('button', { name: /^Download/ })
      .click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(new RegExp(`-std-${firstId}\\.mp4$`));
    const saved = await readFile(await download.path());
    const original = Buffer.from(await (await request.get(clipUrl)).body());
    expect(saved.length).toBeGreaterThan(10_000);
    expect(saved.equals(original)).toBe(true);

    // A comes back; then the copy that is sending a zip gets SIGTERM half-way through it.
    await copyA.start();
    await servingAgain(copyA);
    // The zip's two gateway lookups each take 1.5 s, so the zip is still going when its copy is told to stop.
    await request.post(`${studios.simulatorUrl}/__sim/faults`, { data: { on: 'query', fault: 'delay', ms: 1500, count: 2 } });
    for (const prompt of [first, second])
      await cards(page, prompt)
        .getByRole('checkbox', { name: /^Select/ })
        .check();
    const ids = [...(await taskIds(page, first)), ...(await taskIds(page, second))];
    const zipping = page.waitForEvent('download');
    // Playwright reports no response for a download: Chromium's DevTools protocol holds the zip
    // at its headers (which name the copy), then lets it stream on.
    const devtools = await page.context().newCDPSession(page);
    const zipHeaders = new Promise<Record<string, string>>((resolve) =>
      devtools.on('Fetch.requestPaused', ({ requestId, responseHeaders }) => {
        resolve(Object.fromEntries((responseHeaders ?? []).map(({ name, value }) => [name.toLowerCase(), value])));
        void devtools.send('Fetch.continueResponse', { requestId });
      }),
    );
    await devtools.send('Fetch.enable', { patterns: [{ urlPattern: '*/api/download/zip*', requestStage: 'Response' }] });
    await page.getByRole('link', { name: /Download 2 as zip/ }).click();
    // nginx names every copy it tried; the last one answered.
    const upstream = (await zipHeaders)['x-upstream']?.split(',').at(-1)?.trim();
    const zipCopy = studios.copies.find((copy) => copy.address === upstream);
    if (!zipCopy) throw new Error(`the zip came from ${upstream}, not a copy`);
    const zipCopyStopped = zipCopy.stop();
    const zip = await readFile(await (await zipping).path());
    expect(await zipCopyStopped).toBe(0);
    const entries = await readZip(zip);
    expect([...entries.keys()]).toHaveLength(2);
    expect([...entries.keys()]).not.toContain('MISSING.txt');
    for (const id of ids) expect([...entries.keys()].some((name) => name.endsWith(`-std-${id}.mp4`))).toBe(true);
    expect(entries.get([...entries.keys()].find((name) => name.endsWith(`-std-${firstId}.mp4`)) ?? '')?.equals(original)).toBe(true);
    // The copy's log: told to stop, then the zip finished whole, then it stopped.
    const events = logLines(zipCopy).map((line) =>
      line.route === '/api/download/zip' ? `zip ${line.status} ${line.completed}` : line.event,
    );
    expect(events.slice(events.lastIndexOf('shutting_down'))).toEqual(['shutting_down', 'zip 200 true', 'stopped']);
    expect((await (await request.get(`${studios.simulatorUrl}/__sim/faults`)).json()).faults ?? []).toHaveLength(0);
    await zipCopy.start();

    // A third clip, and B stops too while it is being made: a fresh page of the studio finds the
    // clips and follows the third to the end through A alone.
    await servingAgain(copyA);
    const third = uniquePrompt('A heron asleep on one leg');
    await generate(page, third);
    const [thirdId = ''] = await taskIds(page, third);
    await expect(cards(page, third).getByRole('progressbar')).toBeVisible();
    if (copyB.running()) expect(await copyB.stop()).toBe(0);
    await expect(cards(page, third).getByRole('progressbar')).toBeVisible();
    const linesOfA = logLines(copyA).length;
    const again = await page.context().newPage();
    traffic.watch(again);
    await openStudio(again);
    await untilReady(again, [first, second, third], traffic);
    await expectPlays(again, third);
    const servedByA = logLines(copyA)
      .slice(linesOfA)
      .filter((line) => line.method === 'GET' && typeof line.status === 'number' && line.status < 400)
      .map((line) => line.route);
    expect(servedByA).toContain('/');
    expect(servedByA).toContain(`/api/v1/video/generations/${thirdId}`);

    // Every request through the balancer was answered, none by a server error. One exception,
    // the studio's own: the Download button reads the clip whole, then its save (an <a download>
    // of the Blob, fetch-clip.ts saveBlob) can make Chromium cancel that fetch before it has
    // noted it complete, reported as ERR_ABORTED after a 200 (seen through nginx, not direct;
    // the file saved above is byte for byte the clip). Only that request may show it.
    const savedClipFetch = (entry: (typeof traffic.failed)[number]) =>
      entry.method === 'GET' &&
      new URL(entry.url).pathname === `/api/download/unified/text2video/${firstId}` &&
      entry.failure === 'net::ERR_ABORTED' &&
      entry.status === 200;
    expect(traffic.failed.filter((entry) => !savedClipFetch(entry))).toEqual([]);
    expect(traffic.answered.filter((entry) => entry.status >= 500)).toEqual([]);
    expect(traffic.polls().length).toBeGreaterThan(2);
    for (const shown of [page, again]) await expect(shown.getByRole('article').getByRole('alert')).toHaveCount(0);

    // Nothing sent twice: one create per clip reached the gateway.
    const received = await simulatorRequests(request, studios.simulatorUrl);
    for (const prompt of [first, second, third]) expect(createsFor(received, prompt)).toHaveLength(1);

    // Each copy's log is JSON lines, with neither the key nor a prompt in it: not the prompts' shared
    // word, nor their unique tails (the same in JSON and in a URL's encoding).
    const promptWords = ['heron', ...[first, second, third].map((prompt) => prompt.split(' ').at(-1) ?? prompt)];
    for (const copy of studios.copies) {
      const text = copy.stdout();
      expect(logLines(copy).length).toBeGreaterThan(3);
      expect(text).not.toContain(studios.apiKey);
      for (const word of promptWords) expect(text).not.toContain(word);
      expect(copy.stderr()).toBe('');
    }
    // nginx's log too (deploy/nginx.conf logs paths without their queries): every request, no prompt.
    const accessLog = studios.nginxAccessLog();
    expect(accessLog).toContain(`GET /api/download/unified/text2video/${firstId} HTTP/1.1" 200`);
    expect(accessLog).toContain('GET /api/download/zip HTTP/1.1" 200');
    for (const word of promptWords) expect(accessLog).not.toContain(word);
  });
});
