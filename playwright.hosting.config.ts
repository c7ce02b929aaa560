/**
 * Playwright config of the hosting tests (`npm run test:hosting`): the production build served
 * by Debian's nginx under sub-paths, with and without the cross-origin isolation headers, and
 * offline. globalSetup builds dist-hosting-relative and dist-hosting-course; each spec starts and
 * stops its own nginx on a loopback port (4218-4229). Needs nginx (`apt-get install -y nginx`).
 */
import { defineConfig, devices } from '@playwright/test';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

export default defineConfig({
  testDir: 'e2e/hosting',
  testMatch: /.*\.spec\.ts$/,
  globalSetup: './e2e/hosting/global-setup.ts',
  // Own results folder: a parallel run of the main e2e config empties test-results/.
  outputDir: process.env.HOSTING_RESULTS ?? join(tmpdir(), 'parallel-lab-hosting-results'),
  timeout: 120_000,
  expect: { timeout: 20_000 },
  fullyParallel: false,
  workers: 1,
  // One retry everywhere, CI or not (CI may not set CI=1): a few checks measure main-thread long
  // tasks and cancel latency on a 2-core machine; the report still names a test that needed it.
  retries: 1,
  reporter: [['list']],
  use: {
    trace: 'retain-on-failure',
    serviceWorkers: 'allow',
    launchOptions: {
      executablePath,
      args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-gpu'],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
});
