import { test, expect } from './fixtures.ts';

test.describe('scaling lab', () => {
  test('runs a small strong sweep on 1 and 2 workers, fits a serial fraction and draws the points', async ({ page }) => {
    await page.goto('#/lessons/scaling-laws');
    const lab = page.getByRole('region', { name: 'Scaling lab' });
    await expect(lab).toBeVisible();
    await lab.getByLabel('Serial fraction f').fill('0.5');
    await lab.getByLabel('Work W (sin evaluations)').fill('4000000');
    await lab.getByLabel('Worker counts').fill('1,2');
    await lab.getByLabel('Repeats').fill('2');
    await lab.getByRole('button', { name: 'Run', exact: true }).click();

    const status = lab.getByTestId('lab-status');
    await expect(status).toHaveAttribute('data-status', 'done', { timeout: 60_000 });
    await expect(lab.getByTestId('scaling-chart')).toHaveAttribute('data-points', '2');
    await expect(lab.locator('.measured-point')).toHaveCount(2);
    const fitted = Number(await lab.getByTestId('fitted-fraction').textContent());
    expect(fitted).toBeGreaterThanOrEqual(0);
    expect(fitted).toBeLessThanOrEqual(1);
    await expect(lab.getByTestId('scaling-table').locator('tbody tr')).toHaveCount(2);
    const karpFlatt = lab.getByTestId('scaling-table').locator('tr[data-workers="2"] td').nth(5);
    await expect(karpFlatt).toHaveText(/^-?\d+\.\d{3}$/);
    // With one point above one worker, the least-squares Amdahl fit passes through it exactly, so it
    // equals the Karp-Flatt serial fraction at p = 2 (clamped to [0, 1]). Timing-independent.
    const e2 = Number(await karpFlatt.textContent());
    expect(fitted).toBeCloseTo(Math.min(1, Math.max(0, e2)), 2);
  });

  test('a weak sweep reports scaled speedup and a Gustafson fit', async ({ page }) => {
    await page.goto('#/lessons/scaling-laws');
    const lab = page.getByRole('region', { name: 'Scaling lab' });
    await lab.getByLabel('Scaling').selectOption('weak');
    await lab.getByLabel('Work W (sin evaluations)').fill('2000000');
    await lab.getByLabel('Worker counts').fill('1,2');
    await lab.getByLabel('Repeats').fill('1');
    await lab.getByRole('button', { name: 'Run', exact: true }).click();
    await expect(lab.getByTestId('lab-status')).toHaveAttribute('data-status', 'done', { timeout: 60_000 });
    await expect(lab.getByTestId('fit-report')).toContainText("Gustafson's law");
    await expect(lab.getByRole('columnheader', { name: 'Scaled speedup' })).toBeVisible();
    await expect(lab.getByTestId('scaling-chart')).toHaveAttribute('data-points', '2');
  });

  test('Cancel stops a sweep and a new run starts afresh', async ({ page }) => {
    await page.goto('#/lessons/scaling-laws');
    const lab = page.getByRole('region', { name: 'Scaling lab' });
    await lab.getByLabel('Work W (sin evaluations)').fill('200000000');
    await lab.getByLabel('Worker counts').fill('1,2');
    await lab.getByLabel('Repeats').fill('5');
    await lab.getByRole('button', { name: 'Run', exact: true }).click();
    const status = lab.getByTestId('lab-status');
    await expect(status).toHaveAttribute('data-status', 'running');
    await lab.getByRole('button', { name: 'Cancel' }).click();
    await expect(status).toHaveAttribute('data-status', 'cancelled');
    await expect(status).toContainText('Cancelled');
    await lab.getByLabel('Work W (sin evaluations)').fill('1000000');
    await lab.getByLabel('Repeats').fill('1');
    await lab.getByRole('button', { name: 'Run', exact: true }).click();
    await expect(status).toHaveAttribute('data-status', 'done', { timeout: 60_000 });
    await expect(lab.getByTestId('scaling-chart')).toHaveAttribute('data-points', '2');
  });

  test('invalid input shows a message at the field and disables Run', async ({ page }) => {
    await page.goto('#/lessons/scaling-laws');
    const lab = page.getByRole('region', { name: 'Scaling lab' });
    await lab.getByLabel('Serial fraction f').fill('1.5');
    await expect(lab.getByTestId('error-serialFraction')).toHaveText(/cannot exceed 1/);
    await expect(lab.getByLabel('Serial fraction f')).toHaveAttribute('aria-invalid', 'true');
    await lab.getByLabel('Worker counts').fill('2,4');
    await expect(lab.getByTestId('error-workers')).toHaveText(/Include 1/);
    await expect(lab.getByRole('button', { name: 'Run', exact: true })).toBeDisabled();
  });

  test('the core-count exercise warns about counts above the reported cores', async ({ page }) => {
    await page.goto('#/lessons/scaling-laws');
    const cores = await page.evaluate(() => navigator.hardwareConcurrency);
    const exercise = page.getByRole('region', { name: 'Which core count is fastest?' });
    await expect(exercise).toBeVisible();
    if (cores < 14) await expect(exercise.getByTestId('oversubscription-warning')).toContainText(`reports ${cores} core`);
    await exercise.getByLabel('Grid size n').fill('10');
    await expect(exercise.getByText(/at least 100 points/)).toBeVisible();
    await expect(exercise.getByRole('button', { name: /Run 1, 2, 4/ })).toBeDisabled();
  });

  test('a scaling-lab link with autorun runs the sweep it describes', async ({ page }) => {
    await page.goto('#/lab/scaling?serialFraction=0.5&work=2000000&mode=weak&workers=1%2C2&repeats=1&autorun=1');
    const lab = page.getByRole('region', { name: 'Scaling lab' });
    await expect(lab.getByLabel('Scaling')).toHaveValue('weak');
    await expect(lab.getByTestId('lab-status')).toHaveAttribute('data-status', 'done', { timeout: 60_000 });
    await expect(lab.getByTestId('scaling-chart')).toHaveAttribute('data-points', '2');
  });
});
