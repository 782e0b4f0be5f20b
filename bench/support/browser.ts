import { chromium, type Browser, type BrowserContext, type BrowserContextOptions } from '@playwright/test';

// Debian's Chromium, driven directly (not through the test runner). Playwright's own
// browser download is not reachable here.
export const CHROMIUM_PATH = process.env.PLAYWRIGHT_CHROMIUM_PATH ?? '/usr/bin/chromium';

export const launchChromium = (): Promise<Browser> =>
  chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      // performance.memory with exact figures rather than bucketed ones.
      '--enable-precise-memory-info',
    ],
  });

// tsx compiles with esbuild's keepNames, which wraps named inner functions in
// `__name(fn, "name")`. Functions handed to page.evaluate carry that call into the
// page, so every bench page gets a no-op __name first.
const KEEP_NAMES_SHIM = 'globalThis.__name ??= (fn) => fn;';

export const newBenchContext = async (browser: Browser, options: BrowserContextOptions = {}): Promise<BrowserContext> => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, ...options });
  await context.addInitScript(KEEP_NAMES_SHIM);
  return context;
};
