/**
 * The GPU lesson and labs end to end (issue 13). Headless Chromium reaches a software WebGPU
 * adapter (SwiftShader) with `--enable-unsafe-webgpu` on a localhost page; the first block adds
 * that flag and runs every GPU kernel: Monte Carlo pi (within 4 standard errors, and the count of
 * hits equal to the CPU twin of the Philox generator), the f32 integral (within the bound the
 * lesson states), the vector add (exact), each with its upload / compute / download split and the
 * adapter's description; then a device lost in the middle of a run, and the next run. The second
 * block runs with the project's default flags (`--disable-gpu`, no WebGPU adapter) and checks the
 * no-WebGPU path: refused links, the CPU sides still running, the lesson saying what is missing.
 * A third block opens the site from a name that is not localhost over plain http (an insecure
 * context).
 *
 * Playwright cannot change `launchOptions` inside a describe block, so the file's own launch adds
 * `--enable-unsafe-webgpu`, and the other blocks run in a second browser launched with the
 * project's flags (through a `context` fixture on a browser of their own).
 */
import { philoxPiInside } from '../src/gpu/philox.ts';
import { F32_INTEGRAL_BOUND } from '../src/gpu/limits.ts';
import { integrate2d } from '../src/kernels/integrate2d.ts';
import { expect, longTasks, recordLongTasks, test, FREEZE_MS } from './fixtures.ts';
import { usePlainServer } from './plain-server.ts';
import type { Browser, Page } from '@playwright/test';

const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const BASE_ARGS = ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

// Playwright's trace (the config's retain-on-failure) snapshots the page at actions and assertions,
// and on this small machine those snapshots are main-thread long tasks of their own, which the
// long-task checks below would count: this file runs untraced (trace cannot change per group).
test.use({ launchOptions: { executablePath, args: [...BASE_ARGS, '--enable-unsafe-webgpu'] }, trace: 'off' });

/** The shared fixture, with every page in a browser launched with `args` instead of the file's. */
function testIn(args: string[]) {
  return test.extend<object, { ownBrowser: Browser }>({
    ownBrowser: [
      async ({ playwright }, provide) => {
        const browser = await playwright.chromium.launch({ executablePath, args });
        await provide(browser);
        await browser.close();
      },
      { scope: 'worker' },
    ],
    context: async ({ ownBrowser, baseURL }, provide) => {
      const context = await ownBrowser.newContext({ ...(baseURL ? { baseURL } : {}), serviceWorkers: 'block' });
      await provide(context);
      await context.close();
    },
  });
}

/** The project's own flags: `--disable-gpu`, no `--enable-unsafe-webgpu`, so no WebGPU adapter. */
const withoutWebGpu = testIn([...BASE_ARGS, '--disable-gpu']);
/** WebGPU on, and a name other than localhost for the preview server (plain http there is an insecure context). */
const insecure = testIn([...BASE_ARGS, '--enable-unsafe-webgpu', '--host-resolver-rules=MAP gpu-lab.test 127.0.0.1']);

/** The split timings of every row of a GPU timing table (ms) and how compute was timed. */
async function splits(page: Page, testId: string): Promise<{ upload: number; compute: number; download: number; method: string | null }[]> {
  const rows = page.getByTestId(testId).locator('tbody tr');
  const n = await rows.count();
  return Promise.all(
    Array.from({ length: n }, async (_, i) => {
      const r = rows.nth(i);
      return {
        upload: Number(await r.getAttribute('data-upload-ms')),
        compute: Number(await r.getAttribute('data-compute-ms')),
        download: Number(await r.getAttribute('data-download-ms')),
        method: await r.getAttribute('data-method'),
      };
    }),
  );
}

/** Waits until Run can be pressed (the page has loaded and settled), then records long tasks and presses it. */
async function runWhileRecording(page: Page): Promise<void> {
  const run = page.getByRole('button', { name: 'Run', exact: true });
  await expect(run).toBeEnabled({ timeout: 30_000 });
  await page.waitForTimeout(500);
  await recordLongTasks(page);
  await run.click();
}

function expectSplit(s: { upload: number; compute: number; download: number; method: string | null }): void {
  for (const ms of [s.upload, s.compute, s.download]) {
    expect(Number.isFinite(ms)).toBe(true);
    expect(ms).toBeGreaterThanOrEqual(0);
  }
  expect(s.compute).toBeGreaterThan(0);
  // SwiftShader offers timestamp-query, so compute comes from GPU timestamps.
  expect(s.method).toBe('timestamp-query');
}

test.describe('with WebGPU (SwiftShader)', () => {
  test.describe('without long main-thread tasks', () => {
    test('Monte Carlo pi from the old lab link with impl=webgpu: within 4 standard errors, hits equal to the CPU twin of Philox', async ({ page }) => {
      const darts = 1_000_000;
      const seed = 7;
      await page.goto(`./#/lab?kernel=pi&impl=webgpu&n=${darts}&seed=${seed}&repeats=1`);
      await expect(page.getByRole('heading', { level: 1, name: 'Speedup lab' })).toBeVisible();
      await runWhileRecording(page);
      await expect(page.getByTestId('lab-status')).toHaveAttribute('data-status', 'done', { timeout: 60_000 });
      await expect(page.getByTestId('field-workers')).toHaveCount(0);
      await expect(page.getByTestId('gpu-workers-note')).toContainText('worker counts do not apply');
      const row = page.getByTestId('results-table').locator('tbody tr');
      await expect(row).toHaveCount(1);
      await expect(row.locator('td').first()).toHaveText('GPU (1 device)');
      const inside = Number(await row.getAttribute('data-inside'));
      expect(inside).toBe(philoxPiInside(seed, 0, darts));
      const estimate = Number(await row.getAttribute('data-value'));
      const p = Math.PI / 4;
      expect(Math.abs(estimate - Math.PI)).toBeLessThan(4 * 4 * Math.sqrt((p * (1 - p)) / darts));
      await expect(page.getByTestId('gpu-adapter')).toContainText('swiftshader');
      const timings = await splits(page, 'gpu-timings');
      expect(timings).toHaveLength(1);
      expectSplit(timings[0]!);
      expect(Math.max(0, ...(await longTasks(page)))).toBeLessThanOrEqual(FREEZE_MS);
    });

    test('the vector add is exact at every length, with upload, compute and download split', async ({ page }) => {
      await page.goto('./#/lab/gpu-vector-add?sizes=1000,100000,1000000&repeats=1');
      await runWhileRecording(page);
      await expect(page.getByTestId('lab-status')).toHaveAttribute('data-status', 'done', { timeout: 90_000 });
      await expect(page.getByTestId('lab-status')).toContainText('matched the CPU exactly');
      const rows = page.getByTestId('vector-add-table').locator('tbody tr');
      await expect(rows).toHaveCount(3);
      for (let i = 0; i < 3; i++) await expect(rows.nth(i)).toHaveAttribute('data-mismatches', '0');
      for (const s of await splits(page, 'vector-add-table')) expectSplit(s);
      await expect(page.getByTestId('gpu-adapter')).toContainText('swiftshader');
      await expect(page.getByTestId('phase-bars').locator('svg[role="img"]')).toHaveCount(3);
      expect(Math.max(0, ...(await longTasks(page)))).toBeLessThanOrEqual(FREEZE_MS);
    });
  });

  test('the same seed gives the same estimate, another seed another one', async ({ page }) => {
    const value = async (seed: number) => {
      await page.goto(`./#/lab/speedup?kernel=pi&impl=webgpu&n=200000&seed=${seed}&repeats=1&autorun=1`);
      await expect(page.getByTestId('lab-status')).toHaveAttribute('data-status', 'done', { timeout: 60_000 });
      return page.getByTestId('results-table').locator('tbody tr').getAttribute('data-inside');
    };
    const a = await value(3);
    expect(await value(3)).toBe(a);
    expect(await value(4)).not.toBe(a);
  });

  test('the integral in f32 lies within the stated bound of 0 and of the js result', async ({ page }) => {
    const n = 2000;
    await page.goto(`./#/lab/speedup?kernel=integrate&impl=webgpu&n=${n}&repeats=1&autorun=1`);
    await expect(page.getByTestId('lab-status')).toHaveAttribute('data-status', 'done', { timeout: 60_000 });
    const value = Number(await page.getByTestId('results-table').locator('tbody tr').getAttribute('data-value'));
    expect(Number.isFinite(value)).toBe(true);
    expect(Math.abs(value)).toBeLessThanOrEqual(F32_INTEGRAL_BOUND);
    expect(Math.abs(value - integrate2d(n, 1))).toBeLessThanOrEqual(F32_INTEGRAL_BOUND);
    // f32 noise, not f64's: far above the course's -7.1e-17.
    expect(Math.abs(value)).toBeGreaterThan(1e-12);
    expectSplit((await splits(page, 'gpu-timings'))[0]!);
  });

  test('the throughput lab measures the CPU workers and the GPU at every size and charts both', async ({ page }) => {
    await page.goto('./#/lab/gpu-throughput?kernel=integrate&sizes=100,300,1000&workers=1&repeats=1&autorun=1');
    await expect(page.getByTestId('gpu-adapter-note')).toContainText('swiftshader');
    await expect(page.getByTestId('lab-status')).toHaveAttribute('data-status', 'done', { timeout: 90_000 });
    const rows = page.getByTestId('throughput-table').locator('tbody tr');
    await expect(rows).toHaveCount(3);
    for (let i = 0; i < 3; i++) {
      expect(Number(await rows.nth(i).getAttribute('data-cpu-rate'))).toBeGreaterThan(0);
      expect(Number(await rows.nth(i).getAttribute('data-gpu-rate'))).toBeGreaterThan(0);
    }
    const chart = page.getByTestId('throughput-chart');
    await expect(chart).toHaveAttribute('data-points', '3');
    await expect(chart.locator('[data-series="gpu"] circle')).toHaveCount(3);
    await expect(chart.locator('[data-series="cpu"] circle')).toHaveCount(3);
    await expect(page.getByTestId('lab-status')).toContainText(/GPU|CPU worker/);
    for (const s of await splits(page, 'gpu-timings')) expectSplit(s);
  });

  test('a device lost in the middle of a run ends that run with a message, and the next run works', async ({ page }) => {
    await page.goto('./#/lab/gpu-vector-add?sizes=1e7,2e7&repeats=3&autorun=1');
    const status = page.getByTestId('lab-status');
    await expect(status).toContainText('on the GPU', { timeout: 60_000 });
    await page.evaluate(() => (window as unknown as { __parallelLabGpu: { destroyDevice: () => Promise<void> } }).__parallelLabGpu.destroyDevice());
    await expect(status).toHaveAttribute('data-status', 'error', { timeout: 60_000 });
    await expect(status).toContainText('GPU device was lost');
    await expect(status).toContainText('press Run again');
    await page.getByLabel('Vector lengths').fill('1000,2000');
    await page.getByLabel('Repeats').fill('1');
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await expect(status).toHaveAttribute('data-status', 'done', { timeout: 60_000 });
    await expect(page.getByTestId('vector-add-table').locator('tbody tr')).toHaveCount(2);
  });

  test('Cancel stops a GPU run at once, and the next run starts a fresh GPU worker', async ({ page }) => {
    await page.goto('./#/lab/speedup?kernel=pi&impl=webgpu&n=50000000&repeats=2&autorun=1');
    const status = page.getByTestId('lab-status');
    await expect(status).toHaveAttribute('data-status', 'running');
    await page.waitForTimeout(500);
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect(status).toHaveAttribute('data-status', 'cancelled', { timeout: 5_000 });
    await page.getByLabel('Darts').fill('100000');
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await expect(status).toHaveAttribute('data-status', 'done', { timeout: 60_000 });
  });

  test('the lesson names the adapter', async ({ page }) => {
    await page.goto('./#/lessons/gpus');
    await expect(page.getByRole('heading', { level: 1, name: /GPUs/ })).toBeVisible();
    const box = page.getByTestId('webgpu-status');
    await expect(box).toHaveAttribute('data-state', 'ready', { timeout: 30_000 });
    await expect(box).toContainText('swiftshader');
    await expect(box).toContainText('timestamp queries');
  });
});

withoutWebGpu.describe('without WebGPU (no adapter: --disable-gpu)', () => {
  withoutWebGpu('impl=webgpu in a link is refused beside the field, saying why, and runs nothing', async ({ page }) => {
    await page.goto('./#/lab?kernel=pi&impl=webgpu&n=100000000&autorun=1');
    const message = page.getByTestId('error-impl');
    await expect(message).toContainText('offered no GPU adapter');
    await expect(message).toContainText('Nothing runs with impl=webgpu');
    await expect(page.getByRole('button', { name: 'Run', exact: true })).toBeDisabled();
    await page.waitForTimeout(500);
    await expect(page.getByTestId('lab-status')).toHaveAttribute('data-status', 'idle');
    await expect(page.getByTestId('results-table').locator('tbody tr')).toHaveCount(0);
    // Choosing js again runs on the CPU.
    await page.getByTestId('field-impl').selectOption('js');
    await page.getByLabel('Darts').fill('100000');
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await expect(page.getByTestId('lab-status')).toHaveAttribute('data-status', 'done', { timeout: 60_000 });
  });

  withoutWebGpu('the lesson says what is missing and why, and the CPU parts still run', async ({ page }) => {
    await page.goto('./#/lessons/gpus');
    const box = page.getByTestId('webgpu-status');
    await expect(box).toHaveAttribute('data-state', 'no-adapter', { timeout: 30_000 });
    await expect(box).toContainText('--enable-unsafe-webgpu');
    await expect(box).toContainText('CPU sides of the labs below still run');
  });

  withoutWebGpu('the vector-add and throughput labs run their CPU side and say the GPU is missing', async ({ page }) => {
    await page.goto('./#/lab/gpu-vector-add?sizes=1000,10000&repeats=1&autorun=1');
    await expect(page.getByTestId('gpu-missing')).toContainText('no GPU adapter');
    await expect(page.getByTestId('lab-status')).toHaveAttribute('data-status', 'done', { timeout: 60_000 });
    await expect(page.getByTestId('vector-add-cpu-table').locator('tbody tr')).toHaveCount(2);
    await page.goto('./#/lab/gpu-throughput?kernel=pi&sizes=1e4,1e5&workers=1&repeats=1&autorun=1');
    await expect(page.getByTestId('gpu-missing')).toContainText('no GPU adapter');
    await expect(page.getByTestId('lab-status')).toHaveAttribute('data-status', 'done', { timeout: 60_000 });
    await expect(page.getByTestId('lab-status')).toContainText('Only the CPU side');
    await expect(page.getByTestId('throughput-chart').locator('[data-series="gpu"] circle')).toHaveCount(0);
  });
});

insecure.describe('on an insecure page (plain http, not localhost)', () => {
  // A plain static server of the build (vite preview refuses host names it does not know).
  const origin = usePlainServer(insecure);

  insecure('impl=webgpu is refused with the secure-context reason', async ({ page }) => {
    const url = new URL(origin());
    await page.goto(`http://gpu-lab.test:${url.port}/#/lab/speedup?kernel=pi&impl=webgpu&n=1000`);
    await expect(page.getByTestId('error-impl')).toContainText('secure context');
    await expect(page.getByRole('button', { name: 'Run', exact: true })).toBeDisabled();
  });
});
