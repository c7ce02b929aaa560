/**
 * Lesson "Why parallel?": the page renders its figure and environment panel, and the sleep demo
 * measures real wall times: 4 tasks of 1 s take about 4 s on one worker and about 1 s on four.
 * Speed is asserted as a ratio with a generous margin, not as an absolute time.
 */
import { test, expect, longTasks, recordLongTasks } from './fixtures.ts';


test('the lesson shows the node figure and the core count', async ({ page }) => {
  await page.goto('#/lessons/why-parallel');
  await expect(page.getByRole('heading', { level: 1, name: 'Why parallel?' })).toBeVisible();
  await expect(page.getByRole('img', { name: /hardware of a cluster node/ })).toBeVisible();
  const cores = Number(await page.getByTestId('env-cores').textContent());
  expect(cores).toBeGreaterThanOrEqual(1);
});

test('sleep demo: 4 workers finish 4 one-second naps much sooner than one worker', async ({ page }) => {
  await page.goto('#/lessons/why-parallel');
  const lab = page.getByRole('region', { name: 'Sleep demo', exact: true });
  const status = lab.getByTestId('lab-status');
  await expect(status).toHaveAttribute('data-status', 'idle');
  await recordLongTasks(page);
  await lab.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(status).toHaveAttribute('data-status', 'running');
  await expect(status).toHaveAttribute('data-status', 'done', { timeout: 30_000 });

  const serial = Number(await lab.locator('tr[data-run="serial"]').getAttribute('data-wall-ms'));
  const parallel = Number(await lab.locator('tr[data-run="parallel"]').getAttribute('data-wall-ms'));
  // Serial: four 1 s sleeps in a row can't take less than 4 s.
  expect(serial).toBeGreaterThanOrEqual(3990);
  expect(serial).toBeLessThan(10_000);
  // Parallel: at least 1 s (one sleep), and well under the serial time.
  expect(parallel).toBeGreaterThanOrEqual(990);
  expect(parallel).toBeLessThan(0.6 * serial);
  await expect(status).toContainText(/speedup \d\.\d\d/);
  // Both runs drawn with the kit's timeline: one lane and 4 bars, then 4 lanes with one bar each.
  const timelines = lab.getByTestId('timeline');
  await expect(timelines).toHaveCount(2);
  await expect(timelines.nth(0)).toHaveAttribute('data-lanes', '1');
  await expect(timelines.nth(0)).toHaveAttribute('data-bars', '4');
  await expect(timelines.nth(1)).toHaveAttribute('data-lanes', '4');
  await expect(timelines.nth(1)).toHaveAttribute('data-bars', '4');
  await expect(timelines.nth(1)).toContainText('Parallel run on 4 workers');
  // The page never blocked while the demo ran: the sleeping happened in workers. (Sleeping on the
  // page would show as a task of 1 s or more; shorter long tasks can come from a busy machine.)
  expect((await longTasks(page)).filter((ms) => ms >= 250)).toEqual([]);
});

test('sleep demo: a bad value is reported at its field and Run is disabled', async ({ page }) => {
  await page.goto('#/lessons/why-parallel');
  const lab = page.getByRole('region', { name: 'Sleep demo', exact: true });
  await lab.getByLabel('Workers').fill('0');
  await expect(lab.getByTestId('error-workers')).toHaveText(/at least 1/);
  await expect(lab.getByRole('button', { name: 'Run', exact: true })).toBeDisabled();
});

test('sleep demo: repeats report the median with the spread', async ({ page }) => {
  await page.goto('#/lessons/why-parallel');
  const lab = page.getByRole('region', { name: 'Sleep demo', exact: true });
  await lab.getByLabel('Sleep per task (ms)').fill('300');
  await lab.getByLabel('Repeats').fill('2');
  await lab.getByRole('button', { name: 'Run', exact: true }).click();
  const status = lab.getByTestId('lab-status');
  await expect(status).toHaveAttribute('data-status', 'done', { timeout: 30_000 });
  await expect(status).toContainText('(medians of 2 runs)');
  const serial = Number(await lab.locator('tr[data-run="serial"]').getAttribute('data-wall-ms'));
  const parallel = Number(await lab.locator('tr[data-run="parallel"]').getAttribute('data-wall-ms'));
  expect(serial).toBeGreaterThanOrEqual(1190);
  expect(parallel).toBeLessThan(0.6 * serial);
  await expect(lab.locator('tr[data-run="serial"] .spread')).toHaveText(/\d\.\d\d s–\d\.\d\d s/);
});

test('sleep demo: a lab link with autorun reproduces the settings and runs', async ({ page }) => {
  await page.goto('#/lab/sleep?tasks=2&sleepMs=200&workers=2&repeats=1&autorun=1');
  const lab = page.getByRole('region', { name: 'Sleep demo', exact: true });
  await expect(lab.getByTestId('field-sleepMs')).toHaveValue('200');
  await expect(lab.getByTestId('lab-status')).toHaveAttribute('data-status', 'done', { timeout: 30_000 });
  await expect(lab.locator('tr[data-run="parallel"]')).toBeVisible();
});
