/**
 * The foundation end to end: the first lesson, the speedup lab on real workers, lab links,
 * cancellation, errors from workers, cross-origin isolation and a responsive main thread.
 */
import { test as plain } from '@playwright/test';
import { expect, longTasks, recordLongTasks, test, FREEZE_MS } from './fixtures.ts';

test('the first lesson renders with math, code tabs and the lab', async ({ page }) => {
  await page.goto('./#/lessons/integration');
  await expect(page.getByRole('heading', { level: 1, name: /2D integration/ })).toBeVisible();
  await expect(page.locator('.katex').first()).toBeVisible();
  await expect(page.getByRole('tab', { name: /Python/ }).first()).toBeVisible();
  await expect(page.getByRole('region', { name: 'Speedup lab' }).getByRole('button', { name: 'Run', exact: true })).toBeEnabled();
  await expect(page.getByTestId('reference-timings')).toContainText('20.39');
});

test('the home page lists the lessons', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('main').getByRole('link', { name: /2D integration/ }).click();
  await expect(page).toHaveURL(/#\/lessons\/integration/);
});

test('the page is cross-origin isolated with SharedArrayBuffer', async ({ page }) => {
  await page.goto('./#/lab');
  expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);
  await expect(page.getByTestId('env-isolated')).toHaveText('true');
  await expect(page.getByTestId('env-sab')).toHaveText('true');
  expect(await page.getByTestId('env-cores').innerText()).toMatch(/^\d+$/);
});

test('a sweep with n = 2000 on 1 and 2 workers fills the table and the chart without long tasks', async ({ page }) => {
  await page.goto('./#/lab?kernel=integrate&n=2000&workers=1,2&repeats=3');
  const lab = page.getByRole('region', { name: 'Speedup lab' });
  await expect(lab.getByRole('button', { name: 'Run', exact: true })).toBeEnabled();
  await page.waitForTimeout(500);
  await recordLongTasks(page);
  await lab.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(page.getByTestId('lab-status')).toHaveAttribute('data-status', 'done', { timeout: 60_000 });
  const rows = page.getByTestId('results-table').locator('tbody tr');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0).locator('td').first()).toHaveText('1');
  await expect(rows.nth(1).locator('td').first()).toHaveText('2');
  await expect(rows.nth(0).locator('td').nth(2)).toHaveText('1.00');
  // Results in scientific notation with 7 significant digits, tiny because the exact value is 0.
  for (const i of [0, 1]) expect(await rows.nth(i).locator('td').nth(4).innerText()).toMatch(/^-?\d\.\d{6}e-\d{2}$/);
  await expect(page.getByTestId('speedup-chart')).toHaveAttribute('data-points', '2');
  await expect(page.locator('.measured-point')).toHaveCount(2);
  expect((await longTasks(page)).filter((d) => d > FREEZE_MS)).toEqual([]);
});

test('with n = 10000 the lab prints the course figures for 1 and 4 workers', async ({ page }) => {
  await page.goto('./#/lab?kernel=integrate&n=10000&workers=1,4&repeats=1&autorun=1');
  await expect(page.getByTestId('lab-status')).toHaveAttribute('data-status', 'done', { timeout: 60_000 });
  const rows = page.getByTestId('results-table').locator('tbody tr');
  await expect(rows.nth(0).locator('td').nth(4)).toHaveText('-7.117752e-17');
  await expect(rows.nth(1).locator('td').nth(4)).toHaveText('4.492851e-12');
});

test('Monte Carlo pi runs from a lab link and lands near pi', async ({ page }) => {
  await page.goto('./#/lab?kernel=pi&n=2000000&workers=1,2&repeats=1&seed=7&autorun=1');
  await expect(page.getByTestId('lab-status')).toHaveAttribute('data-status', 'done', { timeout: 60_000 });
  const rows = page.getByTestId('results-table').locator('tbody tr');
  for (const i of [0, 1]) {
    const estimate = Number(await rows.nth(i).locator('td').nth(4).innerText());
    expect(Math.abs(estimate - Math.PI)).toBeLessThan(4 * 4 * Math.sqrt((Math.PI / 4) * (1 - Math.PI / 4) / 2_000_000));
  }
});

test('Cancel stops a long run within a second and the next run works', async ({ page }) => {
  await page.goto('./#/lab?kernel=integrate&n=30000&workers=1,2&repeats=3&autorun=1');
  const status = page.getByTestId('lab-status');
  await expect(status).toHaveAttribute('data-status', 'running');
  await page.waitForTimeout(700);
  const lab = page.getByRole('region', { name: 'Speedup lab' });
  const t0 = Date.now();
  await lab.getByRole('button', { name: 'Cancel' }).click();
  await expect(status).toHaveAttribute('data-status', 'cancelled', { timeout: 1000 });
  expect(Date.now() - t0).toBeLessThan(1000);
  await lab.getByLabel('Grid size n').fill('1000');
  await lab.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(status).toHaveAttribute('data-status', 'done', { timeout: 30_000 });
  await expect(page.getByTestId('results-table').locator('tbody tr')).toHaveCount(2);
});

test('an invalid lab link shows messages beside the fields and runs nothing', async ({ page }) => {
  await page.goto('./#/lab?kernel=fft&n=-5&workers=0,2&repeats=3&autorun=1');
  await expect(page.getByTestId('error-kernel')).toContainText('Unknown kernel');
  await expect(page.getByTestId('error-workers')).toContainText('start at 1');
  await expect(page.getByRole('button', { name: 'Run', exact: true })).toBeDisabled();
  await page.waitForTimeout(500);
  await expect(page.getByTestId('lab-status')).toHaveAttribute('data-status', 'idle');
  await expect(page.getByTestId('results-table').locator('tbody tr')).toHaveCount(0);
  // Fixing the field in the form clears its message.
  await page.getByLabel('Worker counts').fill('1,2');
  await expect(page.getByTestId('error-workers')).not.toContainText('start at 1');
  await page.goto('./#/lab?kernel=integrate&n=abc');
  await expect(page.getByTestId('error-n')).toContainText('whole number');
  await page.goto('./#/lab?kernel=integrate&n=60000&workers=1,2,4&repeats=20');
  await expect(page.getByTestId('error-n')).toContainText('minutes');
});

test('Download CSV saves every timed run', async ({ page }) => {
  await page.goto('./#/lab?kernel=integrate&n=1000&workers=1,2&repeats=1&autorun=1');
  await expect(page.getByTestId('lab-status')).toHaveAttribute('data-status', 'done', { timeout: 30_000 });
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
  const path = await download.path();
  const { readFileSync } = await import('node:fs');
  const lines = readFileSync(path, 'utf8').trim().split(/\r?\n/);
  expect(lines[0]).toContain('series,workers,repeat,ms,value');
  expect(lines).toHaveLength(3);
});

plain('a worker that throws becomes a message in the lab, and the page keeps working', async ({ page }) => {
  await page.route(/kernels\.worker.*\.js$/, (route) =>
    route.fulfill({ contentType: 'text/javascript', body: 'throw new Error("injected failure while loading the worker");' }),
  );
  await page.goto('./#/lab?kernel=integrate&n=500&workers=1,2&repeats=1&autorun=1');
  const status = page.getByTestId('lab-status');
  await expect(status).toHaveAttribute('data-status', 'error');
  await expect(status).toContainText('A worker failed');
  await expect(page.getByRole('heading', { name: 'Speedup lab', level: 1 })).toBeVisible();
  await page.unroute(/kernels\.worker.*\.js$/);
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(status).toHaveAttribute('data-status', 'done', { timeout: 30_000 });
});

test('Cancel stops the kernels themselves within 100 ms (a shared stop flag), before the next run starts', async ({ page }) => {
  await page.goto('./#/lab?kernel=integrate&n=30000&workers=1,2&repeats=3&autorun=1');
  const status = page.getByTestId('lab-status');
  await expect(status).toHaveAttribute('data-status', 'running');
  await page.waitForTimeout(1500);
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(status).toHaveAttribute('data-status', 'cancelled');
  // Every worker that was computing answered by itself (it did not have to be terminated) within 100 ms.
  await expect.poll(() => page.evaluate(() => performance.getEntriesByName('worker-pool:drained').length), { timeout: 5000 }).toBeGreaterThan(0);
  const drained = await page.evaluate(() => performance.getEntriesByName('worker-pool:drained').map((e) => (e as PerformanceMark).detail as { ms: number; answered: boolean }));
  for (const d of drained) {
    expect(d.answered).toBe(true);
    expect(d.ms).toBeLessThan(100);
  }
  await page.getByLabel('Grid size n').fill('1000');
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(status).toHaveAttribute('data-status', 'done', { timeout: 30_000 });
});
