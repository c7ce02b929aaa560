/**
 * The WebAssembly kernels in the speedup lab: each implementation (`wasm`, `simd`) of each kernel
 * runs from a lab link on 1 and 2 workers and reaches "done" with results near the js ones
 * (the integral within the bound of src/kernels/wasm-kernels.test.ts; pi's count equal to js for
 * `wasm`, within the statistical error for `simd`), and a
 * browser without WebAssembly SIMD (stubbed with the test-only flag `__parallelLabNoSimd`, see
 * src/kernels/wasm-simd-support.ts) gets the message beside the implementation field and runs
 * nothing.
 */
import { integrate2d } from '../src/kernels/integrate2d.ts';
import { combineSamples, piEstimate, samplePi, splitDarts } from '../src/kernels/monte-carlo-pi.ts';
import { formatScientific } from '../src/lib/python-format.ts';
import { expect, test } from './fixtures.ts';

const n = 2000;
/** The wasm and simd integrals' bound against js for n = 2000 (4 u √N · 2π, N = n²: see the unit test). */
const INTEGRAL_BOUND = 4 * 2 ** -53 * n * 2 * Math.PI;
const jsIntegral = (workers: number) => integrate2d(n, workers);

const darts = 2_000_000;
const seed = 7;
const jsPi = (workers: number) => piEstimate(combineSamples(splitDarts(darts, workers).map((d, k) => samplePi(d, seed, k))));

/** The results column (text) of the table's rows, in row order (1 worker, then 2). */
async function results(page: import('@playwright/test').Page): Promise<string[]> {
  const rows = page.getByTestId('results-table').locator('tbody tr');
  await expect(rows).toHaveCount(2);
  return Promise.all([0, 1].map((i) => rows.nth(i).locator('td').nth(4).innerText()));
}

for (const impl of ['wasm', 'simd'] as const) {
  test(`the integral runs as ${impl} from a lab link, near the js result`, async ({ page }) => {
    await page.goto(`./#/lab/speedup?kernel=integrate&impl=${impl}&n=${n}&workers=1,2&repeats=1&autorun=1`);
    await expect(page.getByTestId('field-impl')).toHaveValue(impl);
    // Chromium has relaxed SIMD, so the simd kernels load their fused multiply-add build.
    if (impl === 'simd') await expect(page.getByText('with fused multiply-add (this browser has relaxed SIMD)', { exact: false })).toBeVisible();
    await expect(page.getByTestId('lab-status')).toHaveAttribute('data-status', 'done', { timeout: 60_000 });
    const texts = await results(page);
    for (const [i, workers] of [1, 2].entries()) {
      const js = jsIntegral(workers);
      expect(Math.abs(Number(texts[i]) - js)).toBeLessThanOrEqual(INTEGRAL_BOUND);
    }
  });

  test(`Monte Carlo pi runs as ${impl} from a lab link, near pi and the js estimate`, async ({ page }) => {
    await page.goto(`./#/lab/speedup?kernel=pi&impl=${impl}&n=${darts}&seed=${seed}&workers=1,2&repeats=1&autorun=1`);
    await expect(page.getByTestId('field-impl')).toHaveValue(impl);
    await expect(page.getByTestId('lab-status')).toHaveAttribute('data-status', 'done', { timeout: 60_000 });
    const texts = await results(page);
    for (const [i, workers] of [1, 2].entries()) {
      const js = jsPi(workers);
      if (impl === 'wasm') expect(texts[i]).toBe(formatScientific(js.estimate));
      else {
        expect(Math.abs(Number(texts[i]) - Math.PI)).toBeLessThan(4 * js.standardError);
        expect(Math.abs(Number(texts[i]) - js.estimate)).toBeLessThan(4 * Math.SQRT2 * js.standardError);
      }
    }
  });
}

test('without relaxed SIMD, the simd field says its kernels run without fused multiply-add', async ({ page }) => {
  await page.addInitScript(() => {
    (window as unknown as { __parallelLabNoRelaxedSimd: boolean }).__parallelLabNoRelaxedSimd = true;
  });
  await page.goto(`./#/lab/speedup?kernel=integrate&impl=simd&n=${n}&workers=1,2&repeats=1`);
  await expect(page.getByText('without fused multiply-add (this browser has no relaxed SIMD)', { exact: false })).toBeVisible();
  await page.getByTestId('field-impl').selectOption('wasm');
  await expect(page.getByText('fused multiply-add', { exact: false })).toHaveCount(0);
});

test('without WebAssembly SIMD, impl=simd is refused beside the field and nothing runs; wasm still runs', async ({ page }) => {
  await page.addInitScript(() => {
    (window as unknown as { __parallelLabNoSimd: boolean }).__parallelLabNoSimd = true;
  });
  await page.goto(`./#/lab/speedup?kernel=integrate&impl=simd&n=${n}&workers=1,2&repeats=1&autorun=1`);
  const lab = page.getByRole('region', { name: 'Speedup lab' });
  await expect(lab.getByTestId('error-impl')).toHaveText('This browser has no WebAssembly SIMD; choose wasm.');
  await expect(lab.getByTestId('field-impl')).toHaveAttribute('aria-invalid', 'true');
  await expect(lab.getByRole('button', { name: 'Run', exact: true })).toBeDisabled();
  await page.waitForTimeout(1000);
  await expect(page.getByTestId('lab-status')).toHaveAttribute('data-status', 'idle');
  await expect(page.getByTestId('results-table').locator('tbody tr')).toHaveCount(0);
  await lab.getByTestId('field-impl').selectOption('wasm');
  await expect(lab.getByTestId('error-impl')).not.toHaveText(/SIMD/);
  await lab.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(page.getByTestId('lab-status')).toHaveAttribute('data-status', 'done', { timeout: 60_000 });
  const texts = await results(page);
  for (const [i, workers] of [1, 2].entries()) expect(Math.abs(Number(texts[i]) - jsIntegral(workers))).toBeLessThanOrEqual(INTEGRAL_BOUND);
});
