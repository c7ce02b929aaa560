/**
 * "Add results from a file" in the speedup lab (issue 14, part 3): the lab's own Download JSON,
 * edited in Node into a cluster's results file (as the cluster export's program writes it: a
 * machine name, its cores, no browser), is imported beside the browser's sweep with two bad
 * files; the chart gains the cluster's line with its label, the table of who measured what lists
 * both machines with their figures, each bad file gets a message naming what is wrong, and the
 * browser's own results stay.
 */
import { readFileSync } from 'node:fs';
import { expect, longTasks, recordLongTasks, test, FREEZE_MS } from './fixtures.ts';
import { parseLabExport, type LabExport } from '../src/labs/kit/export-schema.ts';

/** Wall times (ms) the "cluster" took per worker count: speedups 1.96, 3.85 and 7.27. */
const CLUSTER_MS: Record<number, number[]> = { 1: [400, 401, 399], 2: [204, 203, 205], 4: [104, 103, 104], 8: [55, 56, 55] };

const asFile = (name: string, text: string) => ({ name, mimeType: 'application/json', buffer: Buffer.from(text) });

test('a cluster results file is charted and tabulated beside the browser’s sweep; bad files are named and change nothing', async ({ page }) => {
  await page.goto('./#/lab/speedup?kernel=integrate&n=800&workers=1,2&repeats=3&autorun=1');
  const lab = page.getByRole('region', { name: 'Speedup lab' });
  await expect(page.getByTestId('lab-status')).toHaveAttribute('data-status', 'done', { timeout: 60_000 });
  const ownRows = page.getByTestId('results-table').locator('tbody tr');
  await expect(ownRows).toHaveCount(2);
  const ownSpeedup = await ownRows.nth(1).locator('td').nth(2).innerText();
  const cores = Number(await page.evaluate(() => navigator.hardwareConcurrency));

  // The lab's own export, turned into a cluster's file in Node.
  const [download] = await Promise.all([page.waitForEvent('download'), lab.getByRole('button', { name: 'Download JSON' }).click()]);
  const parsed = parseLabExport(readFileSync(await download.path(), 'utf8'));
  expect(parsed.ok, parsed.ok ? '' : parsed.error).toBe(true);
  if (!parsed.ok) return;
  const own = parsed.value;
  const cluster: LabExport = {
    ...own,
    environment: { ...own.environment, machine: 'cluster node', cores: 16, userAgent: 'Linux-6.1.0 x86_64, Python 3.11.2 (cluster node)', crossOriginIsolated: null },
    runs: Object.entries(CLUSTER_MS).flatMap(([p, list]) => list.map((ms, repeat) => ({ series: `${p} workers`, workers: Number(p), repeat, ms, value: own.runs[0]!.value ?? null }))),
  };
  const otherN: LabExport = { ...cluster, settings: { ...cluster.settings, n: '2000' }, environment: { ...cluster.environment, machine: 'other node' } };

  await page.waitForTimeout(300);
  await recordLongTasks(page);
  const input = lab.getByLabel('Add results from a file');
  await input.setInputFiles([
    asFile('cluster.json', JSON.stringify(cluster, null, 2)),
    asFile('broken.json', '{"format": "parallel-lab.results", '),
    asFile('n2000.json', JSON.stringify(otherN)),
  ]);

  const messages = page.getByTestId('import-messages');
  await expect(messages).toContainText('1 of 3 files added.');
  await expect(messages.locator('li[data-ok="true"]')).toHaveText(/^cluster\.json added: cluster node \(cluster\), 4 worker counts, best speedup 7\.27 on 8 workers\.$/);
  await expect(messages.locator('li[data-ok="false"]')).toHaveCount(2);
  await expect(messages.locator('li[data-ok="false"]').nth(0)).toHaveText(/^broken\.json was not added: it is not JSON/);
  await expect(messages.locator('li[data-ok="false"]').nth(1)).toHaveText(
    'n2000.json was not added: it measured another problem, so its speedup is not comparable (n is 2000 here, 800 in the results shown).',
  );
  await expect(page.getByRole('status').filter({ hasText: 'cluster.json added' })).toHaveAttribute('aria-live', 'polite');

  // The chart: the browser's line and the cluster's, each named in the legend.
  const chart = page.getByTestId('speedup-chart');
  await expect(chart).toHaveAttribute('data-series', '2');
  const legend = page.getByTestId('speedup-legend');
  await expect(legend).toContainText(`this browser (${cores} ${cores === 1 ? 'core' : 'cores'})`);
  await expect(legend).toContainText('cluster node (cluster, 16 cores)');
  await expect(chart.locator('.imported-point')).toHaveCount(4);
  await expect(chart.locator('.measured-point')).toHaveCount(2);

  // Who measured what.
  const table = page.getByTestId('imported-table');
  await expect(table.locator('tbody tr')).toHaveCount(2);
  const browserRow = table.locator('tr[data-machine="this browser"]');
  await expect(browserRow.locator('td').nth(0)).toHaveText(String(cores));
  await expect(browserRow.locator('td').nth(1)).toHaveText('browser');
  await expect(browserRow.locator('td').nth(3)).toHaveText('1, 2');
  // The best of S(1) = 1 and the 2-worker speedup the lab's own table shows.
  const ownBest = Number(ownSpeedup) > 1 ? `${ownSpeedup} on 2 workers` : Number(ownSpeedup) < 1 ? '1.00 on 1 worker' : /^1\.00 on [12] workers?$/;
  await expect(browserRow.locator('td').nth(5)).toHaveText(ownBest);
  const clusterRow = table.locator('tr[data-machine="cluster node"]');
  await expect(clusterRow.locator('td').nth(0)).toHaveText('16');
  await expect(clusterRow.locator('td').nth(1)).toHaveText('cluster');
  await expect(clusterRow.locator('td').nth(3)).toHaveText('1, 2, 4, 8');
  await expect(clusterRow.locator('td').nth(4)).toHaveText('400.0');
  await expect(clusterRow.locator('td').nth(5)).toHaveText('7.27 on 8 workers');

  // The browser's own results are still shown, and nothing blocked the main thread.
  await expect(ownRows).toHaveCount(2);
  await expect(ownRows.nth(1).locator('td').nth(2)).toHaveText(ownSpeedup);
  expect((await longTasks(page)).filter((d) => d > FREEZE_MS)).toEqual([]);

  // The same file again is refused; the cluster stays. Remove takes it off the chart and table.
  await input.setInputFiles([asFile('cluster-copy.json', JSON.stringify(cluster))]);
  await expect(messages).toHaveText('cluster-copy.json was not added: it holds the same measurement as cluster.json, already shown.');
  await expect(chart).toHaveAttribute('data-series', '2');
  await lab.getByRole('button', { name: 'Remove cluster.json (cluster node)' }).click();
  await expect(chart).toHaveAttribute('data-series', '1');
  await expect(page.getByTestId('imported-table')).toHaveCount(0);
  await expect(messages).toHaveText('cluster.json (cluster node) removed.');
  await expect(ownRows).toHaveCount(2);
});

test('the file input is reached by keyboard, files import before any sweep, and dropped files are added', async ({ page }) => {
  await page.goto('./#/lab/speedup?kernel=integrate&n=800&workers=1,2&repeats=1');
  const lab = page.getByRole('region', { name: 'Speedup lab' });
  const input = lab.getByLabel('Add results from a file');
  await lab.getByLabel('Repeats').focus();
  let reached = false;
  for (let i = 0; i < 20 && !reached; i++) {
    await page.keyboard.press('Tab');
    reached = await input.evaluate((el) => el === document.activeElement);
  }
  expect(reached, 'Tab reaches the file input').toBe(true);

  const file = (machine: string, cores: number, ms: Record<number, number>): string =>
    JSON.stringify({
      format: 'parallel-lab.results',
      version: 1,
      lab: { id: 'speedup', title: 'Speedup lab' },
      settings: { kernel: 'integrate', impl: 'js', n: '800', workers: Object.keys(ms).join(','), repeats: '1' },
      link: '#/lab/speedup?kernel=integrate&n=800',
      environment: { cores, userAgent: `${machine} description`, date: '2026-11-30T09:00:00Z', crossOriginIsolated: null, machine },
      runs: Object.entries(ms).map(([p, t]) => ({ series: `${p} workers`, workers: Number(p), repeat: 0, ms: t })),
      summary: [],
    });
  await input.setInputFiles([
    { name: 'a.json', mimeType: 'application/json', buffer: Buffer.from(file('node a', 4, { 1: 100, 2: 50, 4: 26 })) },
    { name: 'b.json', mimeType: 'application/json', buffer: Buffer.from(file('node b', 8, { 1: 90, 2: 47, 4: 24, 8: 13 })) },
    { name: 'scaling.json', mimeType: 'application/json', buffer: Buffer.from(file('node c', 8, { 1: 90 }).replace('"id":"speedup"', '"id":"scaling"')) },
  ]);
  await expect(page.getByTestId('import-messages')).toContainText('2 of 3 files added.');
  await expect(page.getByTestId('import-messages')).toContainText('scaling.json was not added: it holds results of another lab');
  await expect(page.getByTestId('speedup-chart')).toHaveAttribute('data-series', '3');
  await expect(page.getByTestId('speedup-legend')).toContainText('node b (cluster, 8 cores)');
  const rows = page.getByTestId('imported-table').locator('tbody tr');
  await expect(rows).toHaveCount(2);
  await expect(page.getByTestId('imported-table').locator('tr[data-machine="node b"] td').nth(5)).toHaveText('6.92 on 8 workers');

  // Drag and drop: a dropped file is added like a chosen one.
  const text = file('node d', 2, { 1: 80, 2: 41 });
  const dataTransfer = await page.evaluateHandle((t) => {
    const dt = new DataTransfer();
    dt.items.add(new File([t], 'dropped.json', { type: 'application/json' }));
    return dt;
  }, text);
  await page.getByTestId('import-drop').dispatchEvent('drop', { dataTransfer });
  await expect(page.getByTestId('import-messages')).toHaveText('dropped.json added: node d (cluster), 2 worker counts, best speedup 1.95 on 2 workers.');
  await expect(page.getByTestId('speedup-chart')).toHaveAttribute('data-series', '4');
  await expect(page.getByTestId('import-list').locator('li')).toHaveCount(3);
});
