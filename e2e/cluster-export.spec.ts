/**
 * "Run this on a cluster" from the speedup lab (issue 14), the whole way a student goes: the zip
 * downloads in Chromium and holds the Python program, the Slurm batch script and the README in one
 * folder; the script's directives and the program's parameters are the lab's settings; the batch
 * script is submitted with sbatch to a real single-node Slurm this test brings up on loopback
 * (cluster/slurm.ts, stopped by the PIDs it started); the job's results file is valid in the lab
 * kit's schema, with the browser's integral for every worker count; and "Add results from a file"
 * charts it beside the browser's own runs, named by the machine it ran on.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { expect, test } from './fixtures.ts';
import { parseLabExport } from '../src/labs/kit/export-schema.ts';
import { startSlurm } from '../cluster/slurm.ts';

const PYTHON = '/usr/bin/python3';

test('the speedup lab’s cluster export runs as a Slurm batch job and its results chart beside the browser’s', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('./#/lab/speedup?kernel=integrate&impl=js&n=600&workers=1,2&repeats=1&autorun=1');
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
  expect(directives).toEqual({ 'job-name': 'speedup-integrate', nodes: '1', ntasks: '1', 'cpus-per-task': '2', time: '00:05:00', output: 'speedup-integrate-%j.out' });

  const program = text('speedup_integrate.py');
  expect(program).toMatch(/^N = 600$/m);
  expect(program).toMatch(/^WORKERS = \[1,2\]$/m);
  expect(program).toMatch(/^REPEATS = 1$/m);
  expect(program).toContain('#/lab/speedup?kernel=integrate&impl=js&n=600&workers=1,2&repeats=1');
  expect(text('README.md')).toContain('sbatch speedup-integrate.sbatch');

  // The browser's own export of the same sweep, to compare with.
  const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download JSON' }).click()]);
  const browser = parseLabExport(readFileSync(await json.path(), 'utf8'));
  if (!browser.ok) throw new Error(browser.error);

  expect(existsSync(PYTHON), `${PYTHON} (Debian's python3) is needed to run the exported program`).toBe(true);
  const dir = mkdtempSync(join(tmpdir(), 'parallel-lab-cluster-e2e-'));
  const slurm = await startSlurm(60_000);
  try {
    for (const [name, bytes] of Object.entries(files)) {
      mkdirSync(join(dir, dirname(name)), { recursive: true });
      writeFileSync(join(dir, name), bytes);
    }
    const folder = join(dir, 'speedup-integrate-cluster');
    // As the README says: sbatch the script; the job names Debian's Python (PYTHON, exported into
    // the job) as a student names theirs with `module load`.
    const id = await slurm.submit('speedup-integrate.sbatch', folder, { PYTHON });
    const end = await slurm.waitForJob(id, 120_000);
    const outputFile = join(folder, `speedup-integrate-${id}.out`);
    const printed = existsSync(outputFile) ? readFileSync(outputFile, 'utf8') : '(no job output)';
    expect(end.state, `${end.record}\n${printed}\n${slurm.logs()}`).toBe('COMPLETED');
    expect(printed).toContain(`Wrote 2 timed runs to results-${id}.json`);
    const resultsFile = join(folder, `results-${id}.json`);
    const cluster = parseLabExport(readFileSync(resultsFile, 'utf8'));
    if (!cluster.ok) throw new Error(cluster.error);
    expect(cluster.value.lab).toEqual(browser.value.lab);
    expect(cluster.value.settings).toEqual(browser.value.settings);
    expect(cluster.value.link).toBe(browser.value.link);
    // Where it ran: the Slurm cluster's name (ClusterName in slurm.conf) and the job's allocation.
    expect(cluster.value.environment.machine).toBe('parallel-lab-test');
    expect(cluster.value.environment.userAgent).toContain(`Slurm job ${id}`);
    expect(cluster.value.environment.cores).toBe(2);
    expect(cluster.value.runs.map((r) => [r.series, r.workers, r.repeat])).toEqual(browser.value.runs.map((r) => [r.series, r.workers, r.repeat]));
    // The integral digit for digit: same rows per block, partials added in rank order.
    expect(cluster.value.runs.map((r) => r.value)).toEqual(browser.value.runs.map((r) => r.value));
    expect(cluster.value.runs.map((r) => r.text)).toEqual(browser.value.runs.map((r) => r.text));

    // Brought back with "Add results from a file": charted beside the browser's, named by machine.
    await page.getByLabel('Add results from a file').setInputFiles(resultsFile);
    await expect(page.getByTestId('import-messages')).toContainText(`results-${id}.json added`);
    await expect(page.getByTestId('speedup-chart')).toHaveAttribute('data-series', '2');
    await expect(page.getByTestId('imported-table')).toContainText('parallel-lab-test');
  } finally {
    await slurm.stop();
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

test('the message-passing lab exports its integral and pi programs for mpi4py, and no others', async ({ page }) => {
  await page.goto('./#/lab/mpi?program=integrate-reduce&ranks=4');
  const lab = page.getByRole('region', { name: /Message-passing lab/ });
  const button = lab.getByRole('button', { name: 'Run this on a cluster' });
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  expect(download.suggestedFilename()).toBe('mpi-integrate-reduce-cluster.zip');
  const files = unzipSync(readFileSync(await download.path()));
  const script = strFromU8(files['mpi-integrate-reduce-cluster/mpi-integrate-reduce.sbatch']!);
  expect(script).toContain('#SBATCH --ntasks=4\n#SBATCH --cpus-per-task=1\n');
  expect(script).toMatch(/^mpirun -n "\$\{SLURM_NTASKS:-4\}" "\$PYTHON" mpi_integrate_reduce\.py/m);
  const program = strFromU8(files['mpi-integrate-reduce-cluster/mpi_integrate_reduce.py']!);
  expect(program).toContain('from mpi4py import MPI');
  expect(program).toMatch(/^N = 10000\nORDER = "rank"$/m);

  // An edited program has no Python twin: the button says so.
  await lab.getByRole('textbox', { name: /Program run by every rank/ }).press('End');
  await page.keyboard.type(' // edited');
  await expect(button).toBeDisabled();
  await expect(button).toHaveAccessibleDescription(/reset the code/);

  await page.goto('./#/lab/mpi?program=hello&ranks=4');
  await expect(page.getByRole('region', { name: /Message-passing lab/ }).getByRole('button', { name: 'Run', exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Run this on a cluster' })).toHaveCount(0);
});

test('the scaling lab charts the results of its cluster program beside the browser’s sweep', async ({ page }) => {
  await page.goto('./#/lab/scaling?serialFraction=0.2&work=1e6&mode=strong&workers=1,2&repeats=2&autorun=1');
  const lab = page.getByRole('region', { name: 'Scaling lab' });
  await expect(lab.getByTestId('lab-status')).toHaveAttribute('data-status', 'done', { timeout: 60_000 });
  const [download] = await Promise.all([page.waitForEvent('download'), lab.getByRole('button', { name: 'Run this on a cluster' }).click()]);
  const files = unzipSync(readFileSync(await download.path()));
  const dir = mkdtempSync(join(tmpdir(), 'parallel-lab-scaling-e2e-'));
  try {
    for (const [name, bytes] of Object.entries(files)) {
      mkdirSync(join(dir, dirname(name)), { recursive: true });
      writeFileSync(join(dir, name), bytes);
    }
    const folder = join(dir, 'scaling-strong-cluster');
    execFileSync(PYTHON, ['scaling_strong.py', '--output', 'scaling.json', '--machine', 'python here'], { cwd: folder, timeout: 60_000, stdio: 'ignore' });
    await lab.getByLabel('Add results from a file').setInputFiles(join(folder, 'scaling.json'));
    await expect(lab.getByTestId('import-messages')).toContainText('scaling.json added: python here');
    await expect(lab.getByTestId('scaling-chart')).toHaveAttribute('data-series', '2');
    await expect(lab.locator('.imported-point').first()).toBeVisible();
    const table = lab.getByTestId('imported-table');
    await expect(table.locator('tbody tr')).toHaveCount(2);
    await expect(table.locator('tr[data-machine="python here"]')).toContainText('1, 2');

    // Another job (f = 0.5) is not comparable: refused, with the difference named, and nothing shown is lost.
    const other = JSON.parse(readFileSync(join(folder, 'scaling.json'), 'utf8')) as { settings: Record<string, string> };
    other.settings.serialFraction = '0.5';
    await lab.getByLabel('Add results from a file').setInputFiles({ name: 'other.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(other)) });
    await expect(lab.getByTestId('import-messages')).toContainText('other.json was not added');
    await expect(lab.getByTestId('scaling-chart')).toHaveAttribute('data-series', '2');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
