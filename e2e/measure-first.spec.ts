/**
 * The measure-first lesson (16) end to end: each of its labs runs in a real browser on this
 * machine and draws its figure — the latency curve over working sets (later sizes no faster than
 * 4 KB), bandwidth per worker count, and the stage profile with an Amdahl bound that agrees with
 * its measured serial fraction — with no main-thread task of 50 ms or more while a lab runs; and
 * the lesson page shows the three labs, the node figure and the exercise.
 */
import type { Page } from '@playwright/test';
import { expect, longTasks, recordLongTasks, test, FREEZE_MS } from './fixtures.ts';

/** The main thread never blocks longer than this while a lab runs (ms). */
const LONG_TASK_MS = FREEZE_MS;

/**
 * Opens a lab link and waits until the lab has mounted (with its chart, drawn empty before a run)
 * and the page is quiet, then records long tasks.
 */
async function open(page: Page, hash: string, chart = true): Promise<void> {
  await page.goto(hash);
  await expect(page.getByRole('button', { name: 'Run', exact: true })).toBeEnabled({ timeout: 20_000 });
  if (chart) await expect(page.locator('.chart-box .recharts-surface').first()).toBeVisible({ timeout: 20_000 });
  await expect(page.locator('.loading, [aria-busy="true"]')).toHaveCount(0, { timeout: 20_000 });
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 300)))));
  await recordLongTasks(page);
}

test('the latency lab chases pointers over 4 KB to 4 MB and draws the curve', async ({ page }) => {
  await open(page, './#/lab/memory-latency?max=4&steps=200_000&repeats=3');
  await expect(page.getByRole('heading', { level: 1, name: 'Latency lab' })).toBeVisible();
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(page.getByTestId('lab-status')).toHaveAttribute('data-status', 'done', { timeout: 90_000 });
  const figure = page.getByTestId('latency-figure');
  await expect(figure).toHaveAttribute('data-points', '11');
  await expect(figure.locator('tbody tr')).toHaveCount(11);
  await expect(page.getByTestId('latency-lab').locator('.recharts-line-curve')).toBeVisible();
  const first = Number(await figure.getAttribute('data-first-ns'));
  const last = Number(await figure.getAttribute('data-last-ns'));
  expect(first).toBeGreaterThan(0);
  expect(first).toBeLessThan(100); // a load from a 4 KB set is an L1 hit, not a disk read
  expect(last).toBeGreaterThan(first); // 4 MB outgrows L1 and L2 on any processor
  expect((await longTasks(page)).filter((ms) => ms >= LONG_TASK_MS)).toEqual([]);
});

test('the bandwidth lab streams on 1 and 2 workers and draws a bar per count', async ({ page }) => {
  await open(page, './#/lab/memory-bandwidth?workers=1,2&mb=16&passes=2&repeats=2');
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(page.getByTestId('lab-status')).toHaveAttribute('data-status', 'done', { timeout: 90_000 });
  const figure = page.getByTestId('bandwidth-figure');
  await expect(figure).toHaveAttribute('data-rows', '2');
  await expect(page.getByTestId('bandwidth-lab').locator('.recharts-bar-rectangle')).toHaveCount(2);
  for (const workers of ['1', '2']) {
    const gbs = Number(await figure.locator(`tr[data-workers="${workers}"]`).getAttribute('data-gbs'));
    expect(gbs).toBeGreaterThan(0.1); // GB/s: a JavaScript loop reads far more than 100 MB/s
    expect(gbs).toBeLessThan(1000);
  }
  expect((await longTasks(page)).filter((ms) => ms >= LONG_TASK_MS)).toEqual([]);
});

test('the profiling lab times four stages, names the hot one and bounds the speedup by Amdahl', async ({ page }) => {
  await open(page, './#/lab/stage-profile?numbers=200_000&n=400&parallel=generate,integrate&p=4&repeats=2');
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(page.getByTestId('lab-status')).toHaveAttribute('data-status', 'done', { timeout: 90_000 });
  const figure = page.getByTestId('profile-figure');
  const rows = figure.locator('tbody tr');
  await expect(rows).toHaveCount(4);
  await expect(page.getByTestId('profile-lab').locator('.recharts-bar-rectangle')).toHaveCount(4);
  const shares = await rows.evaluateAll((trs) => trs.map((tr) => [tr.getAttribute('data-stage')!, Number(tr.getAttribute('data-share'))] as const));
  expect(shares.map(([stage]) => stage)).toEqual(['generate', 'sort', 'integrate', 'write']);
  expect(shares.reduce((a, [, x]) => a + x, 0)).toBeCloseTo(1, 9);
  const hottest = shares.reduce((a, b) => (b[1] > a[1] ? b : a));
  await expect(figure).toHaveAttribute('data-hot', hottest[0]);
  const s = Number(await figure.getAttribute('data-serial'));
  const serialShare = shares.filter(([stage]) => stage === 'sort' || stage === 'write').reduce((a, [, x]) => a + x, 0);
  expect(s).toBeCloseTo(serialShare, 9);
  expect(Number(await figure.getAttribute('data-bound'))).toBeCloseTo(1 / (s + (1 - s) / 4), 9);
  await expect(page.getByTestId('lab-status')).toContainText(`The hot stage is ${hottest[0]}`);
  expect((await longTasks(page)).filter((ms) => ms >= LONG_TASK_MS)).toEqual([]);
});

test('the lesson shows its labs, the node figure and the exercise', async ({ page }) => {
  await page.goto('./#/lessons/measure-first');
  await expect(page.getByRole('heading', { level: 1, name: 'Measure first: profiles and the memory hierarchy' })).toBeVisible();
  for (const id of ['profile-lab', 'latency-lab', 'bandwidth-lab', 'order-lab', 'big-argument-lab']) await expect(page.getByTestId(id)).toBeVisible({ timeout: 20_000 });
  await expect(page.getByRole('heading', { name: 'Time the stages, find the hot one, bound the speedup' })).toBeVisible({ timeout: 20_000 });
  await expect(page.locator('svg').filter({ hasText: 'NUMA domain 0' })).toBeVisible();
});

test('the completion-order lab: map and imap hand back results in input order, imap_unordered fastest first', async ({ page }) => {
  await open(page, './#/lab/completion-order?items=4&step=100&workers=4', false);
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(page.getByTestId('lab-status')).toHaveAttribute('data-status', 'done', { timeout: 60_000 });
  const figure = page.getByTestId('order-figure');
  await expect(figure).toHaveAttribute('data-squares', '0,1,4,9');
  await expect(figure.locator('tr[data-way="map"]')).toHaveAttribute('data-order', '0,1,2,3');
  await expect(figure.locator('tr[data-way="imap"]')).toHaveAttribute('data-order', '0,1,2,3');
  await expect(figure.locator('tr[data-way="imap_unordered"]')).toHaveAttribute('data-order', '3,2,1,0');
  expect((await longTasks(page)).filter((ms) => ms >= LONG_TASK_MS)).toEqual([]);
});

test('the big-argument lab: one copy per task costs more than one per worker, and sharing copies nothing', async ({ page }) => {
  await open(page, './#/lab/big-argument?mb=4&tasks=32&workers=2&repeats=3');
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(page.getByTestId('lab-status')).toHaveAttribute('data-status', 'done', { timeout: 90_000 });
  const figure = page.getByTestId('big-argument-figure');
  await expect(figure).toHaveAttribute('data-rows', '3'); // the preview server is cross-origin isolated
  await expect(page.getByTestId('big-argument-lab').locator('.recharts-bar-rectangle')).toHaveCount(3);
  const row = (v: string) => figure.locator(`tr[data-variant="${v}"]`);
  await expect(row('argument')).toHaveAttribute('data-copies', '32');
  await expect(row('initializer')).toHaveAttribute('data-copies', '2');
  await expect(row('shared')).toHaveAttribute('data-copies', '0');
  const ms = async (v: string) => Number(await row(v).getAttribute('data-ms'));
  expect(await ms('argument')).toBeGreaterThan(await ms('initializer')); // 32 structured clones of 4 MB against 2
  expect(await ms('argument')).toBeGreaterThan(await ms('shared'));
  expect((await longTasks(page)).filter((ms) => ms >= LONG_TASK_MS)).toEqual([]);
});
