/**
 * The lesson "Libraries that thread for you" (issue 12, part 4): the implicit-threads lab times
 * one library call at several PL_NUM_THREADS and the teams compute the same product; the
 * oversubscription lab runs the same jobs three ways, with p × t above the cores in the last, and
 * draws every library thread's timeline; both refuse to run, with the reason, where the page cannot
 * share memory; the lesson page has no serious accessibility findings.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures.ts';
import { usePlainServer } from './plain-server.ts';

test('the implicit-threads lab times dot(A, A) at each PL_NUM_THREADS, and every team computes the same C', async ({ page }) => {
  await page.goto('./#/lab/implicit-threads?n=200&threads=1,2,4&repeats=2&autorun=1');
  const lab = page.getByRole('region', { name: 'A library that threads by itself' });
  await expect(lab.getByTestId('lab-status')).toHaveAttribute('data-status', 'done', { timeout: 60_000 });
  await expect(lab.getByTestId('lab-status')).toContainText('every team computed the same C, bit for bit');
  const rows = lab.getByTestId('threads-table').locator('tbody tr');
  await expect(rows).toHaveCount(3);
  expect(await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-threads')))).toEqual(['1', '2', '4']);
  await expect(rows.nth(0).locator('td').nth(1)).toHaveText('1.00');
  // The course's figures beside the reader's.
  await expect(rows.nth(1)).toContainText('0.60 (S = 1.90)');
});

test('the oversubscription lab runs the same jobs three ways and draws p × t library threads', async ({ page }) => {
  await page.goto('./#/lab/nested-threads?n=160&jobs=2&autorun=1');
  const lab = page.getByRole('region', { name: 'Outer workers × library threads' });
  await expect(lab.getByTestId('lab-status')).toHaveAttribute('data-status', 'done', { timeout: 90_000 });
  await expect(lab.getByTestId('lab-status')).toContainText('with the same products every time');
  const table = lab.getByTestId('oversubscription-table');
  expect(await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-config')))).toEqual(['outer', 'library', 'both']);
  const cores = Math.max(2, Math.min(8, Number(await page.evaluate(() => navigator.hardwareConcurrency))));
  await expect(table.locator('tr[data-config="both"]')).toContainText(`${cores} workers × ${cores} threads`);
  await expect(table.locator('tr[data-config="both"]')).toContainText('> cores');
  // The timeline of the oversubscribed run: one lane per library thread, c² of them.
  await expect(lab.getByText(`on ${cores * cores} library threads`)).toBeVisible();
  await table.getByRole('button', { name: `Show the timeline of 1 worker × ${cores} threads` }).click();
  await expect(lab.getByText(`on ${cores} library threads`)).toBeVisible();
});

test('the lesson embeds both labs and has no serious accessibility findings', async ({ page }) => {
  await page.goto('./#/lessons/implicit-threading');
  await expect(page.getByRole('heading', { level: 1, name: 'Libraries that thread for you' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'A library that threads by itself' })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('region', { name: 'Outer workers × library threads' })).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('.lab-placeholder')).toHaveCount(0, { timeout: 30_000 });
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

test.describe('without cross-origin isolation', () => {
  test.use({ serviceWorkers: 'block' });
  const plainOrigin = usePlainServer(test);

  test('both labs say why they cannot run, and Run stays disabled', async ({ page }) => {
    await page.goto(`${plainOrigin()}#/lab/implicit-threads?n=200&threads=1,2&repeats=2&autorun=1`);
    const lab = page.getByRole('region', { name: 'A library that threads by itself' });
    await expect(lab.getByRole('note')).toContainText('Cross-Origin-Embedder-Policy: require-corp');
    await expect(lab.getByRole('button', { name: 'Run', exact: true })).toBeDisabled();
    await page.goto(`${plainOrigin()}#/lab/nested-threads?n=160&jobs=2`);
    const over = page.getByRole('region', { name: 'Outer workers × library threads' });
    await expect(over.getByRole('note')).toContainText('cannot share memory');
    await expect(over.getByRole('button', { name: 'Run', exact: true })).toBeDisabled();
  });
});
