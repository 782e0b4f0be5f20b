import { defineConfig, devices } from '@playwright/test';

// Debian's Chromium: Playwright's own browser download is not reachable here.
const executablePath = process.env.PLAYWRIGHT_CHROMIUM_PATH ?? '/usr/bin/chromium';
const port = Number(process.env.E2E_PORT ?? 5179);
const simPort = Number(process.env.E2E_SIM_PORT ?? 8791);

export const chromiumLaunchOptions = {
  executablePath,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--autoplay-policy=no-user-gesture-required',
  ],
};

// One studio per simulator profile (docs/gateway-contract.md#simulator-profiles): every
// journey against the document's answers, the main ones again against new-api's.
const profiles = [
  { name: 'document', port, simPort },
  { name: 'new-api', port: port + 1, simPort: simPort + 1 },
] as const;

// The journeys a person must be able to make on a deployed new-api gateway.
const newApiJourneys = [
  'text-to-video',
  'compose-text-to-video',
  'compose-image-to-video',
  'compose-first-last-frames',
  'compare-std-pro',
  'batch-queue',
  'download',
  'reload-resume',
  'faults',
  'storyboard',
  'new-api-gateway',
];

// The production set (npm start twice behind nginx, e2e/support/balanced-studios.ts) starts its
// own servers: its project runs only its spec, and no other project runs it.
const productionSpec = 'balanced-production.spec.ts';

// `--project=production` alone needs none of the dev studios below (nor their ports).
const projectArgs = process.argv.flatMap((arg, index, args) =>
  arg === '--project' ? [args[index + 1] ?? ''] : arg.startsWith('--project=') ? [arg.slice('--project='.length)] : [],
);
const onlyProduction = projectArgs.length > 0 && projectArgs.every((name) => name === 'production');

export default defineConfig({
  testDir: 'e2e',
  timeout: 90_000,
  expect: { timeout: 30_000 },
  fullyParallel: false,
  workers: 2,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    ...devices['Desktop Chrome'],
    launchOptions: chromiumLaunchOptions,
  },
  projects: [
    ...profiles.map((profile) => ({
      name: profile.name,
      use: { baseURL: `http://127.0.0.1:${profile.port}` },
      metadata: { simulatorUrl: `http://127.0.0.1:${profile.simPort}` },
      ...(profile.name === 'new-api'
        ? { testMatch: newApiJourneys.map((journey) => `${journey}.spec.ts`) }
        : { testIgnore: ['new-api-gateway.spec.ts', productionSpec] }),
    })),
    { name: 'production', testMatch: productionSpec },
  ],
  webServer: (onlyProduction ? [] : profiles).map((profile) => ({
    command: `npx vite --port ${profile.port} --strictPort --host 127.0.0.1`,
    url: `http://127.0.0.1:${profile.port}/api/health`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
    // No key: the studio runs on its embedded simulator, sped up 50×.
    env: { KLING_API_KEY: '', SIM_TIME_SCALE: '0.02', SIM_PORT: String(profile.simPort), SIM_PROFILE: profile.name },
  })),
});
