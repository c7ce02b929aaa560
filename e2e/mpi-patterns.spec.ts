/**
 * Lesson 14, MPI patterns: each lab runs from the lesson and draws its figure. The halo exchange
 * on 4 and 7 ranks equals the serial stencil (the chart says so, the trace holds the sendrecv
 * messages, rank 0 prints the lesson's digits); the sky simulation writes one part per rank to
 * OPFS and rank 0's collated catalogue is listed with the expected sizes and checked; the hybrid
 * lab times every layout of 2 workers with the integral each gives. No main-thread task of 50 ms
 * or more while a lab runs. Without OPFS or SharedArrayBuffer the labs say so. Axe finds no
 * serious or critical violation on the lesson after its labs have run.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { test, expect, longTasks, recordLongTasks, FREEZE_MS } from './fixtures.ts';
import { usePlainServer } from './plain-server.ts';
import { serialHeat } from '../src/mpi/patterns/heat1d.ts';
import { hybridIntegral } from '../src/mpi/patterns/hybrid.ts';
import { formatScientific } from '../src/lib/python-format.ts';

const LESSON = '#/lessons/mpi-patterns';

/** Fills the lab's fields, lets the page settle (lazy labs nearby mount as it scrolls), then presses Run. */
async function run(l: Locator, fields: Record<string, string>, record = false): Promise<void> {
  const page = l.page();
  await l.scrollIntoViewIfNeeded();
  for (const [label, value] of Object.entries(fields)) await l.getByLabel(label, { exact: true }).fill(value);
  await expect(page.locator('.loading, [aria-busy="true"]')).toHaveCount(0, { timeout: 20_000 });
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 300)))));
  if (record) await recordLongTasks(page);
  await l.getByRole('button', { name: 'Run', exact: true }).click();
}

async function noLongTasks(page: Page): Promise<void> {
  const tasks = await longTasks(page);
  expect(tasks.filter((ms) => ms > FREEZE_MS), `main-thread tasks over ${FREEZE_MS} ms: ${tasks.join(', ')}`).toEqual([]);
}

test.describe('the lesson', () => {
  test('halo exchange: the rod on 4 and 7 ranks is the serial stencil, with the sendrecv messages on the trace', async ({ page }) => {
    await page.goto(LESSON);
    const l = page.getByTestId('halo-lab');
    await expect(l.locator('.cm-content')).toContainText('ghost cell');
    await run(l, { 'Ranks (mpirun -np)': '4' }, true);
    await expect(l.getByTestId('mpi-status')).toHaveAttribute('data-status', 'ok', { timeout: 30_000 });
    const u = serialHeat(60, 200);
    const hottest = u.reduce((best, t, i) => (t > u[best]! ? i : best), 0);
    await expect(l.getByTestId('rank-output-0')).toContainText(`after 200 steps: hottest cell ${hottest} at ${u[hottest]!.toFixed(6)} degrees`);
    await expect(l.getByTestId('rank-output-0')).toContainText('hottest cell 29 at 68.208444 degrees, total 1970.396994');
    const chart = l.getByTestId('halo-chart');
    await expect(chart).toHaveAttribute('data-difference', '0');
    await expect(chart).toContainText('equals the serial stencil in every cell');
    await expect(chart.locator('.recharts-line')).toHaveCount(2);
    // 200 steps x 2 directions x 3 boundaries, plus 3 messages of the gather.
    await expect(l.locator('figure.mpi-trace figcaption')).toContainText('4 ranks, 1203 messages');
    await noLongTasks(page);

    await run(l, { 'Ranks (mpirun -np)': '7' });
    await expect(l.getByTestId('mpi-status')).toHaveAttribute('data-status', 'ok', { timeout: 30_000 });
    await expect(l.getByTestId('halo-chart')).toHaveAttribute('data-difference', '0');
    await expect(l.getByTestId('rank-output-6')).toContainText('rank 6: cells [51, 60)');
  });

  test('sky simulation: a part per rank in OPFS, a barrier, rank 0 collates a checked catalogue', async ({ page }) => {
    await page.goto(LESSON);
    const l = page.getByTestId('sky-lab');
    await run(l, { 'Ranks (mpirun -np)': '3', Stars: '30000' }, true);
    const files = l.getByTestId('sky-files');
    await expect(files).toHaveAttribute('data-check', 'ok', { timeout: 30_000 });
    await expect(files).toHaveAttribute('data-files', '4');
    await expect(files.locator('tr[data-file="catalog_mpi.csv"] td').nth(2)).toHaveText('1,080,010');
    await expect(files.locator('tr[data-file="catalog_mpi.csv_part000"] td').nth(2)).toHaveText('360,010');
    await expect(files.locator('tr[data-file="catalog_mpi.csv_part002"] td').nth(2)).toHaveText('360,000');
    await expect(files.locator('td.field-error')).toHaveCount(0);
    await expect(l.getByTestId('sky-check')).toContainText('30,001 lines, ids 0 to 29,999 in order');
    await expect(l.locator('figure.mpi-trace figcaption')).toContainText('1 collective calls');
    await noLongTasks(page);

    // A second run on fewer ranks must not collate the first run's leftover part.
    await run(l, { 'Ranks (mpirun -np)': '2', Stars: '1000' });
    await expect(l.getByTestId('sky-files')).toHaveAttribute('data-files', '3', { timeout: 30_000 });
    await expect(l.getByTestId('sky-files')).toHaveAttribute('data-check', 'ok');
  });

  test('hybrid: every layout of 2 workers timed, with the integral of its blocks and its messages', async ({ page }) => {
    await page.goto(LESSON);
    const l = page.getByTestId('hybrid-lab');
    await run(l, { 'Workers (ranks × threads)': '2', 'Grid size n': '1000', Repeats: '3' }, true);
    const figure = l.getByTestId('hybrid-figure');
    await expect(figure).toHaveAttribute('data-rows', '2', { timeout: 60_000 });
    await expect(l.getByTestId('lab-status')).toHaveAttribute('data-status', 'done');
    for (const layout of [{ ranks: 2, threads: 1 }, { ranks: 1, threads: 2 }]) {
      const row = figure.locator(`tr[data-layout="${layout.ranks}x${layout.threads}"]`);
      await expect(row.locator('td').nth(0)).toHaveText(formatScientific(hybridIntegral(1000, layout)));
      await expect(row.locator('td').nth(1)).toHaveText(/^\d[\d.,]*( \(noisy\))?$/);
    }
    await expect(figure.locator('tr[data-layout="2x1"] td').nth(3)).toHaveText('1 + 2');
    await expect(figure.locator('tr[data-layout="1x2"] td').nth(3)).toHaveText('0 + 0');
    await expect(figure.locator('tr[data-layout="1x2"] td').nth(4)).toHaveText('2');
    await expect(figure.locator('.recharts-bar-rectangle')).toHaveCount(2);
    await expect(figure.locator('tr[data-measured="yes"]')).toHaveCount(2);
    await noLongTasks(page);
  });

  test('no serious or critical accessibility violations on the lesson after its labs ran', async ({ page }) => {
    await page.goto(LESSON);
    await run(page.getByTestId('halo-lab'), { 'Ranks (mpirun -np)': '2' });
    await expect(page.getByTestId('halo-chart')).toBeVisible({ timeout: 30_000 });
    await run(page.getByTestId('sky-lab'), { Stars: '1000' });
    await expect(page.getByTestId('sky-files')).toHaveAttribute('data-check', 'ok', { timeout: 30_000 });
    await run(page.getByTestId('hybrid-lab'), { 'Workers (ranks × threads)': '1', 'Grid size n': '100', Repeats: '1' });
    await expect(page.getByTestId('hybrid-figure')).toHaveAttribute('data-rows', '1', { timeout: 30_000 });
    const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`)).toEqual([]);
  });
});

test.describe('without OPFS or SharedArrayBuffer', () => {
  const plainOrigin = usePlainServer(test);

  test('the hybrid lab says shared memory is missing and runs nothing; the halo lab still runs', async ({ page }) => {
    await page.goto(`${plainOrigin()}${LESSON}`);
    expect(await page.evaluate(() => typeof SharedArrayBuffer)).toBe('undefined');
    const hybrid = page.getByTestId('hybrid-lab');
    await hybrid.scrollIntoViewIfNeeded();
    await expect(hybrid.getByTestId('hybrid-no-sab')).toContainText('SharedArrayBuffer is not available');
    await expect(hybrid.getByRole('button', { name: 'Run', exact: true })).toBeDisabled();
    const halo = page.getByTestId('halo-lab');
    await run(halo, { 'Ranks (mpirun -np)': '3' });
    await expect(halo.getByTestId('halo-chart')).toHaveAttribute('data-difference', '0', { timeout: 30_000 });
  });

  test('the sky-simulation lab says OPFS is missing and runs nothing', async ({ page }) => {
    await page.addInitScript(() => {
      delete (StorageManager.prototype as { getDirectory?: unknown }).getDirectory;
    });
    await page.goto(LESSON);
    const l = page.getByTestId('sky-lab');
    await l.scrollIntoViewIfNeeded();
    await expect(l.getByTestId('sky-no-opfs')).toContainText('no origin-private file system');
    await expect(l.getByRole('button', { name: 'Run', exact: true })).toBeDisabled();
  });
});
