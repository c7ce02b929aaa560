/**
 * "Run this on a cluster" from the speedup lab (issue 14): the zip downloads in Chromium, holds the
 * Python program, the Slurm batch script and the README in one folder; the script's directives and
 * the program's parameters are the lab's settings; and the program, run once with Debian's Python
 * (directly: the Slurm run is cluster/slurm-export.test.ts), writes a results file the lab kit's
 * schema accepts, with the browser's integral for every worker count, and that "Add results from
 * a file" charts beside the browser's own runs.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { expect, test } from './fixtures.ts';
import { parseLabExport } from '../src/labs/kit/export-schema.ts';

const PYTHON = '/usr/bin/python3';

test('the speedup lab downloads a cluster export whose program repeats the browser’s sweep', async ({ page }) => {
  await page.goto('./#/lab/speedup?kernel=integrate&impl=js&n=600&workers=1,2,3&repeats=1&autorun=1');
  await expect(page.getByTestId('lab-status')).toHaveAttribute('data-status', 'done', { timeout: 60_000 });

  const button = page.getByRole('button', { name: 'Run this on a cluster' });
  await expect(button).toBeEnabled();
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  expect(download.suggestedFilename()).toBe('speedup-integrate-cluster.zip');
  const files = unzipSync(readFileSync(await download.path()));
  const text = (name: string): string => strFromU8(files[`speedup-integrate-cluster/${name}`] ?? new Uint8Array());
  expect(Object.keys(files).sort()).toEqual(['speedup-integrate-cluster/README.md', 'speedup-integrate-cluster/speedup-integrate.sbatch', 'speedup-integrate-cluster/speedup_integrate.py']);

  const script = text('speedup-integrate.sbatch');
  const directives = Object.fromEntries([...script.matchAll(/^#SBATCH --([a-z-]+)=(\S+)$/gm)].map((m) => [m[1], m[2]]));
  expect(directives).toEqual({ 'job-name': 'speedup-integrate', nodes: '1', ntasks: '1', 'cpus-per-task': '3', time: '00:05:00', output: 'speedup-integrate-%j.out' });

  const program = text('speedup_integrate.py');
  expect(program).toMatch(/^N = 600$/m);
  expect(program).toMatch(/^WORKERS = \[1,2,3\]$/m);
  expect(program).toMatch(/^REPEATS = 1$/m);
  expect(program).toContain('#/lab/speedup?kernel=integrate&impl=js&n=600&workers=1,2,3&repeats=1');
  expect(text('README.md')).toContain('sbatch speedup-integrate.sbatch');

  // The browser's own export of the same sweep, to compare with.
  const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download JSON' }).click()]);
  const browser = parseLabExport(readFileSync(await json.path(), 'utf8'));
  if (!browser.ok) throw new Error(browser.error);

  expect(existsSync(PYTHON), `${PYTHON} (Debian's python3) is needed to run the exported program`).toBe(true);
  const dir = mkdtempSync(join(tmpdir(), 'parallel-lab-cluster-e2e-'));
  try {
    for (const [name, bytes] of Object.entries(files)) {
      mkdirSync(join(dir, dirname(name)), { recursive: true });
      writeFileSync(join(dir, name), bytes);
    }
    const folder = join(dir, 'speedup-integrate-cluster');
    const printed = execFileSync(PYTHON, ['speedup_integrate.py', '--output', 'out.json', '--machine', 'e2e'], { cwd: folder, encoding: 'utf8', timeout: 60_000, stdio: ['ignore', 'pipe', 'pipe'] });
    expect(printed).toContain('Wrote 3 timed runs to out.json');
    const cluster = parseLabExport(readFileSync(join(folder, 'out.json'), 'utf8'));
    if (!cluster.ok) throw new Error(cluster.error);
    expect(cluster.value.lab).toEqual(browser.value.lab);
    expect(cluster.value.settings).toEqual(browser.value.settings);
    expect(cluster.value.link).toBe(browser.value.link);
    expect(cluster.value.environment.machine).toBe('e2e');
    expect(cluster.value.runs.map((r) => [r.series, r.workers, r.repeat])).toEqual(browser.value.runs.map((r) => [r.series, r.workers, r.repeat]));
    // The integral digit for digit: same rows per block, partials added in rank order.
    expect(cluster.value.runs.map((r) => r.value)).toEqual(browser.value.runs.map((r) => r.value));
    expect(cluster.value.runs.map((r) => r.text)).toEqual(browser.value.runs.map((r) => r.text));

    // Brought back with "Add results from a file": charted beside the browser's, named by machine.
    await page.getByLabel('Add results from a file').setInputFiles(join(folder, 'out.json'));
    await expect(page.getByTestId('import-messages')).toContainText('out.json added');
    await expect(page.getByTestId('speedup-chart')).toHaveAttribute('data-series', '2');
    await expect(page.getByTestId('imported-table')).toContainText('e2e');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the cluster export is disabled, with the reason, while a setting is invalid', async ({ page }) => {
  await page.goto('./#/lab/speedup?kernel=integrate&impl=js&n=600&workers=1,2&repeats=1');
  const button = page.getByRole('button', { name: 'Run this on a cluster' });
  await expect(button).toBeEnabled();
  await page.getByLabel('Grid size n').fill('0');
  await expect(button).toBeDisabled();
  await expect(button).toHaveAccessibleDescription(/Fix the settings/);
});

test('the pi pool and scaling labs download their own cluster exports', async ({ page }) => {
  const cases = [
    { link: './#/lab/pi-pool?tasks=4&darts=1000&workers=2&repeats=1', zip: 'pi-pool-cluster.zip', program: 'pi_pool.py', constants: /^TASKS = 4\nDARTS = 1000\nSEED = \d+\nWORKERS = 2\nREPEATS = 1$/m },
    { link: './#/lab/scaling?serialFraction=0.2&work=1e6&mode=strong&workers=1,2&repeats=2', zip: 'scaling-strong-cluster.zip', program: 'scaling_strong.py', constants: /^SERIAL_FRACTION = 0.2\nWORK = 1000000\nMODE = "strong"\nWORKERS = \[1,2\]\nREPEATS = 2$/m },
  ];
  for (const c of cases) {
    await page.goto(c.link);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Run this on a cluster' }).click()]);
    expect(download.suggestedFilename()).toBe(c.zip);
    const folder = c.zip.replace(/\.zip$/, '');
    const files = unzipSync(readFileSync(await download.path()));
    expect(strFromU8(files[`${folder}/${c.program}`]!)).toMatch(c.constants);
    expect(strFromU8(files[`${folder}/${folder.replace(/-cluster$/, '')}.sbatch`]!)).toContain('#SBATCH --cpus-per-task=2\n');
  }
});
