/**
 * Playwright e2e config: tests run against the production build (`vite build`, then
 * `vite preview`) in Debian's Chromium. CHROMIUM_PATH overrides the browser; PORT and OUT_DIR let
 * several checkouts or builds run side by side.
 *
 * Two projects: `pages` holds the specs that check what pages contain and do (accessibility,
 * navigation, lab links, exports) and results against real tools or exact values (MPI output
 * against mpi4py, a Slurm job, the js kernels' digits), whose assertions hold however busy the
 * machine is, so `npm run test:e2e` runs them on two workers; `runs` holds every spec that
 * measures the main thread, a cancel, a speedup or a timeout, and runs on one worker, so that no
 * other test shares the cores with it. `npx playwright test` alone runs both on one worker.
 */
import { defineConfig, devices } from '@playwright/test';
import { existsSync } from 'node:fs';

const port = Number(process.env.PORT ?? 4173);
const outDir = process.env.OUT_DIR ?? 'dist';
/** Specs whose checks do not depend on timing (see the header): safe to run two at a time. */
const PAGE_SPECS = [
  ...['a11y', 'labs', 'navigation', 'presenter', 'progress', 'search', 'embed', 'exports', 'start-up'],
  // Results checked against real tools or exact values (mpi4py's output, Slurm, the js kernels), not against the clock.
  ...['mpi-conformance', 'message-passing', 'wasm-kernels', 'pools', 'cluster-export', 'implicit-threading', 'dev-server'],
].map((name) => `**/${name}.spec.ts`);

const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

export default defineConfig({
  testDir: 'e2e',
  testMatch: /.*\.spec\.ts$/,
  testIgnore: ['**/hosting/**'],
  timeout: 90_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  // One retry everywhere, CI or not (CI may not set CI=1): a few checks measure main-thread long
  // tasks and cancel latency on a 2-core machine; the report still names a test that needed it.
  retries: 1,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    // The service worker is covered by the hosting tests (npm run test:hosting); here it would hide
    // requests from page.route.
    serviceWorkers: 'block',
    baseURL: `http://127.0.0.1:${port}/`,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath,
      args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-gpu'],
    },
  },
  projects: [
    { name: 'pages', testMatch: PAGE_SPECS, use: { ...devices['Desktop Chrome'] } },
    { name: 'runs', testIgnore: [...PAGE_SPECS, '**/hosting/**'], use: { ...devices['Desktop Chrome'] } },
  ],
  webServer: {
    command: `npx vite preview --port ${port} --strictPort --host 127.0.0.1 --outDir ${outDir}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
