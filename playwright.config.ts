import { defineConfig, devices } from '@playwright/test';
// Flags that keep a headless Chromium off the network it would otherwise probe; shared with scripts/bench.mjs.
import chromium from './scripts/chromium.json' with { type: 'json' };

// Debian's Chromium by default; CHROMIUM_PATH lets another machine use its own build.
const executablePath = process.env.CHROMIUM_PATH ?? chromium.defaultPath;
const port = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results/artifacts',
  // One clear message when the Chromium above is missing, instead of a failure per test.
  globalSetup: './tests/e2e/global-setup.ts',
  forbidOnly: !!process.env.CI,
  fullyParallel: false,
  workers: 1,
  // Generous: CI machines have 2 cores, and a test that times out tells nothing about the product.
  timeout: 60_000,
  retries: 0,
  reporter: [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath,
      args: [...chromium.args],
    },
  },
  projects: [
    { name: 'chromium', use: { ...devices['Desktop Chrome'], viewport: { width: 1366, height: 768 } } },
  ],
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
