/**
 * The workflow lab end to end (issue 15): the word-count workflow runs on real workers with -j 1
 * and -j 2 and its DAG reaches "all done"; a changed book reruns only the jobs downstream of it;
 * a broken book fails its job, skips its dependents and keeps the other outputs; and the
 * "Download for Snakemake" zip, unzipped in Node, runs with the REAL `snakemake -j 2` (Debian's
 * package, /usr/bin/snakemake: the test fails when it is missing) to a summary table identical
 * to the browser's.
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';
import type { Page } from '@playwright/test';
import { expect, longTasks, recordLongTasks, test, FREEZE_MS } from './fixtures.ts';

const BOOKS = 3;
/** The lab's link with these settings over the test's defaults. */
function lab(settings: Record<string, string>): string {
  const query = new URLSearchParams({ books: String(BOOKS), words: '20_000', j: '2', targets: 'all', dryrun: 'no', acf: 'no', compare: '1,2', ...settings });
  return `./#/lab/workflow?${query.toString().replace(/%2C/g, ',').replace(/%2F/g, '/')}`;
}
const JOBS = 3 * BOOKS + 3;
const SNAKEMAKE = process.env.SNAKEMAKE ?? '/usr/bin/snakemake';
/** The main thread never blocks longer than this while the lab runs (ms). */
const LONG_TASK_MS = FREEZE_MS;

/** Waits until the lab has ended `count` actions in all (its `data-actions`), then expects "done". */
async function ended(page: Page, count: number): Promise<void> {
  await expect(page.getByTestId('workflow-lab')).toHaveAttribute('data-actions', String(count), { timeout: 60_000 });
  const status = page.getByTestId('lab-status');
  await expect(status).not.toHaveAttribute('data-status', 'running');
  await expect(status).toHaveAttribute('data-status', 'done');
}

/** Clicks `button` and waits for the action it starts to end. */
async function press(page: Page, button: string): Promise<void> {
  const before = Number(await page.getByTestId('workflow-lab').getAttribute('data-actions'));
  await page.getByRole('button', { name: button, exact: true }).click();
  await ended(page, before + 1);
}

/** Job id → state, as the DAG view shows it. */
async function states(page: Page): Promise<Record<string, string>> {
  return page.getByTestId('dag-node').evaluateAll((nodes) => Object.fromEntries(nodes.map((n) => [n.getAttribute('data-job'), n.getAttribute('data-state')])));
}

test('the workflow runs with -j 1 and -j 2 on workers and the DAG reaches "all done"', async ({ page }) => {
  await page.goto(lab({ j: '1', autorun: '1' }));
  await ended(page, 1);
  await expect(page.getByTestId('dag-status')).toHaveText(`all done: ${JOBS} of ${JOBS} jobs ran, 0 were up to date`);
  await expect(page.getByTestId('dag-node')).toHaveCount(JOBS);
  await expect(page.getByTestId('timeline')).toHaveAttribute('data-lanes', '1');
  await expect(page.getByTestId('timeline')).toHaveAttribute('data-bars', String(JOBS));
  await expect(page.getByTestId('summary-table').locator('tbody tr')).toHaveCount(BOOKS);

  // A second Run has nothing to do.
  await press(page, 'Run');
  await expect(page.getByTestId('lab-status')).toContainText('nothing to be done');
  await expect(page.getByTestId('dag-status')).toHaveText(`all done: 0 of ${JOBS} jobs ran, ${JOBS} were up to date`);

  // From scratch with -j 2: two lanes, and the main thread stays responsive.
  await press(page, 'Delete outputs');
  await expect(page.getByTestId('dag-status')).toHaveText(`${JOBS} waiting`);
  await page.getByLabel('-j (jobs at once)').fill('2');
  // Let the edit settle (the address bar follows the form) before timing the main thread.
  await expect(page).toHaveURL(/[?&]j=2(&|$)/);
  await expect(page.getByTestId('dag-status')).toHaveText(`${JOBS} waiting`);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 300)))));
  await recordLongTasks(page);
  await press(page, 'Run');
  await expect(page.getByTestId('dag-status')).toHaveText(`all done: ${JOBS} of ${JOBS} jobs ran, 0 were up to date`);
  await expect(page.getByTestId('timeline')).toHaveAttribute('data-lanes', '2');
  const lanes = await page.getByTestId('timeline-bar').evaluateAll((bars) => bars.length);
  expect(lanes).toBe(JOBS);
  const long = await longTasks(page);
  expect(long.filter((ms) => ms > LONG_TASK_MS), 'main-thread long tasks during the run (ms)').toEqual([]);
  // The work-span figures: the critical path is shorter than the work, the width is the books' jobs.
  const work = Number(await page.getByTestId('work-ms').getAttribute('data-value'));
  const span = Number(await page.getByTestId('span-ms').getAttribute('data-value'));
  expect(span).toBeGreaterThan(0);
  expect(span).toBeLessThan(work);
  await expect(page.getByTestId('dag-width')).toHaveAttribute('data-value', String(2 * BOOKS));

  // Measure -j 1, 2: a warm-up run, then the whole workflow from scratch at each -j, timed.
  await press(page, 'Measure -j 1, 2');
  const rows = page.getByTestId('wall-times').locator('tbody tr');
  await expect(rows).toHaveCount(2);
  for (const j of ['1', '2']) {
    const row = page.locator(`[data-testid="wall-times"] tr[data-j="${j}"]`);
    await expect(row.locator('td').nth(1)).toHaveText(String(JOBS));
    expect(Number(await row.getByTestId('wall-ms').getAttribute('data-value'))).toBeGreaterThan(0);
  }
  await expect(page.getByTestId('dag-status')).toHaveText(`all done: ${JOBS} of ${JOBS} jobs ran, 0 were up to date`);
});

test('a changed book reruns only the jobs downstream of it; a broken one stops only its dependents', async ({ page }) => {
  await page.goto(lab({ autorun: '1' }));
  await ended(page, 1);
  await press(page, 'Change book01');
  await expect(page.getByTestId('dry-run')).toContainText('reason: Updated input files: data/book01.txt');
  await press(page, 'Run');
  const after = await states(page);
  const downstream = ['count_words[book=book01]', 'plot[book=book01]', 'zipf_test[book=book01]', 'summary', 'archive', 'all'];
  expect(Object.entries(after).filter(([, s]) => s === 'done').map(([id]) => id).sort()).toEqual([...downstream].sort());
  expect(Object.values(after).filter((s) => s === 'up-to-date')).toHaveLength(JOBS - downstream.length);
  await expect(page.getByTestId('timeline')).toHaveAttribute('data-bars', String(downstream.length));

  await press(page, `Break book0${BOOKS}`);
  await press(page, 'Run');
  await expect(page.getByTestId('lab-status')).toContainText(`data/book0${BOOKS}.txt holds no words`);
  const broken = await states(page);
  expect(broken[`count_words[book=book0${BOOKS}]`]).toBe('failed');
  for (const id of [`plot[book=book0${BOOKS}]`, `zipf_test[book=book0${BOOKS}]`, 'summary', 'archive', 'all']) expect(broken[id], id).toBe('skipped');
  expect(broken['count_words[book=book01]']).toBe('up-to-date');

  await press(page, `Repair book0${BOOKS}`);
  await press(page, 'Run');
  await expect(page.getByTestId('dag-status')).toContainText('all done');
});

test('without OPFS writable files the outputs go to IndexedDB, and reruns work the same', async ({ page }) => {
  // The page picks the store and tells its workers: hiding createWritable on the page alone is enough.
  await page.addInitScript(() => {
    delete (FileSystemFileHandle.prototype as { createWritable?: unknown }).createWritable;
  });
  await page.goto(lab({ autorun: '1' }));
  await ended(page, 1);
  await expect(page.getByTestId('workflow-lab')).toContainText('in IndexedDB');
  await expect(page.getByTestId('dag-status')).toHaveText(`all done: ${JOBS} of ${JOBS} jobs ran, 0 were up to date`);
  await press(page, 'Change book01');
  await press(page, 'Run');
  const after = await states(page);
  expect(Object.values(after).filter((s) => s === 'done')).toHaveLength(6);
  expect(Object.values(after).filter((s) => s === 'up-to-date')).toHaveLength(JOBS - 6);
});

test('targets and settings that make no sense are refused beside their field', async ({ page }) => {
  await page.goto(lab({ targets: 'plots/book09.svg' }));
  await expect(page.getByTestId('error-targets')).toContainText('Missing input for rule count_words: data/book09.txt');
  await expect(page.getByRole('button', { name: 'Run', exact: true })).toBeDisabled();
  await page.getByLabel('Targets').fill('plots/book02.svg');
  await page.getByLabel('Dry run (-n)').selectOption('yes');
  await press(page, 'Dry run (-n)');
  await expect(page.getByTestId('dry-run')).toContainText('rule count_words:\n    input: data/book02.txt');
  await expect(page.getByTestId('dry-run')).toContainText('rule plot:');
  await expect(page.getByTestId('dag-node')).toHaveCount(2);

  // Adding the autocorrelation rule changes the DAG before anything runs: one acf job per book.
  await page.getByLabel('Targets').fill('all');
  await page.getByLabel('Dry run (-n)').selectOption('no');
  await expect(page.getByTestId('dag-node')).toHaveCount(JOBS);
  await page.getByLabel('Autocorrelation rule').selectOption('yes');
  await expect(page.getByTestId('dag-node')).toHaveCount(JOBS + BOOKS);
  await expect(page.locator('[data-testid="dag-node"][data-job="acf[book=book02]"]')).toHaveAttribute('data-state', 'waiting');
  await expect(page.getByTestId('snakefile')).toContainText("acf=expand('results/acf_{book}.csv', book=BOOKS)");
});

test('the Snakemake download runs with the real snakemake -j 2 to the same summary table', async ({ page }) => {
  expect(existsSync(SNAKEMAKE), `${SNAKEMAKE} is missing: .ci/run installs Debian's snakemake package`).toBe(true);
  await page.goto(lab({ acf: 'yes', autorun: '1' }));
  await ended(page, 1);
  const browserSummary = await page.getByTestId('summary-csv').textContent();
  expect(browserSummary).toMatch(/^book,words,distinct,top_word,top_count,ratio_2,ratio_10\nbook01,20000,/);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download for Snakemake' }).click()]);
  expect(download.suggestedFilename()).toBe('word-count-snakemake.zip');
  const files = unzipSync(new Uint8Array(readFileSync(await download.path())));
  expect(Object.keys(files)).toEqual(expect.arrayContaining(['word-count-snakemake/Snakefile', 'word-count-snakemake/README.md', 'word-count-snakemake/scripts/count_words.py', 'word-count-snakemake/data/book01.txt']));
  const dir = mkdtempSync(join(tmpdir(), 'wf-snakemake-'));
  try {
    for (const [path, data] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), data);
    }
    const cwd = join(dir, 'word-count-snakemake');
    const dry = execFileSync(SNAKEMAKE, ['-n'], { cwd, encoding: 'utf8' });
    expect(dry).toMatch(/count_words\s+3/);
    expect(dry).toMatch(/acf\s+3/);
    execFileSync(SNAKEMAKE, ['-j', '2'], { cwd, encoding: 'utf8', stdio: 'pipe', timeout: 120_000 });
    expect(readFileSync(join(cwd, 'results/summary.csv'), 'utf8')).toBe(browserSummary);
    expect(existsSync(join(cwd, 'results/archive.zip'))).toBe(true);
    expect(existsSync(join(cwd, 'results/acf_book03.csv'))).toBe(true);
    // Snakemake's own rerun rule agrees: nothing to do, then only book01's jobs after a change.
    // (A bare touch is not enough for Snakemake 7: it also compares a checksum of small inputs.)
    expect(execFileSync(SNAKEMAKE, ['-n'], { cwd, encoding: 'utf8' })).toContain('Nothing to be done');
    appendFileSync(join(cwd, 'data/book01.txt'), 'A new line of words.\n');
    const rerun = execFileSync(SNAKEMAKE, ['-n'], { cwd, encoding: 'utf8' });
    expect(rerun).toMatch(/count_words\s+1/);
    expect(rerun).toMatch(/total\s+7/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
