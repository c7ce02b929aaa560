/**
 * The "Run this on a cluster" export runs on a real Slurm (issue 14): the speedup lab's export for
 * a small integral is built as the lab builds it, unzipped into a folder, its batch script
 * submitted with `sbatch` to a single-node Slurm this test brings up on localhost (./slurm.ts),
 * and the job's results file checked: valid in the lab kit's results format, one timed run per
 * worker count and repeat, and the integral's digits those of this project's TypeScript kernel.
 * The other programs (Monte Carlo pi in the speedup and pi pool labs, the scaling lab's workload)
 * are run directly with Debian's Python and checked against the TypeScript kernels: the same hit
 * counts, the same checksum to 1e-12. The message-passing lab's mpi4py exports are submitted as
 * Slurm jobs of 2 tasks (mpirun inside the allocation), and run with mpirun on 3 ranks for
 * mpi4py's reduce order and an uneven split of the darts. Without Slurm (or munge) installed the tests fail, naming
 * the packages.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { speedupSettings } from '../src/labs/speedup/settings.ts';
import { mpiClusterJob, piPoolClusterJob, scalingClusterJob, speedupClusterJob } from '../src/cluster-export/lab-jobs.ts';
import { mpiSettings } from '../src/labs/mpi/settings.ts';
import { LESSON_PROGRAMS } from '../src/labs/mpi/programs.ts';
import { integrate2dRows } from '../src/kernels/integrate2d.ts';
import { blockRows } from '../src/kernels/decomposition.ts';
import { foldTree } from '../src/mpi/reduce-ops.ts';
import { scalingSettings } from '../src/labs/scaling/scaling-params.ts';
import { busyWork, planWorkload } from '../src/labs/scaling/workload.ts';
import { piPoolSettings } from '../src/labs/pool/compare-settings.ts';
import { clusterZip } from '../src/cluster-export/bundle.ts';
import { batchFileName } from '../src/cluster-export/batch-script.ts';
import type { ClusterJob, MpiExperiment } from '../src/cluster-export/cluster-job.ts';
import { parseLabExport } from '../src/labs/kit/export-schema.ts';
import { integrate2d } from '../src/kernels/integrate2d.ts';
import { samplePi, splitDarts } from '../src/kernels/monte-carlo-pi.ts';
import { PYTHON, run } from './run-python.ts';
import { startSlurm, type SlurmCluster } from './slurm.ts';

const RAW = { kernel: 'integrate', impl: 'js', n: '2000', seed: '12345', workers: '1,2', repeats: '2' };

let cluster: SlurmCluster | undefined;
let work: string;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'parallel-lab-cluster-export-'));
  cluster = await startSlurm();
}, 60_000);

afterAll(async () => {
  await cluster?.stop();
  rmSync(work, { recursive: true, force: true });
}, 60_000);

/** The lab's job for {@link RAW}, as the speedup lab's button builds it. */
function exportedJob(): ClusterJob {
  const v = speedupSettings.validate(RAW, { cores: 2 });
  if (!v.params) throw new Error(`the settings are invalid: ${JSON.stringify(v.errors)}`);
  const job = speedupClusterJob(RAW, v.params);
  if (typeof job === 'string') throw new Error(job);
  return job;
}

/** Unzips `zip` into `dir`, keeping the scripts' executable bits; returns the job's folder. */
function unzipTo(zip: Uint8Array, dir: string): string {
  const files = unzipSync(zip);
  const names = Object.keys(files);
  for (const name of names) {
    const path = join(dir, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, files[name]!);
    if (/\.(py|sbatch)$/.test(name)) chmodSync(path, 0o755);
  }
  return join(dir, dirname(names[0]!));
}

describe('the labs’ cluster exports (the speedup lab’s submitted to a real single-node Slurm)', () => {
  it('runs as a batch job and writes results the lab can import, with the browser’s digits', async () => {
    const job = exportedJob();
    const folder = unzipTo(clusterZip(job), work);
    const script = batchFileName(job);
    expect(strFromU8(readFileSync(join(folder, script)))).toContain('#SBATCH --cpus-per-task=2');

    const started = performance.now();
    // The job inherits the submitting environment: name Debian's Python (the python3 on PATH here
    // may be another one), as a student names theirs with `module load`.
    const id = await cluster!.submit(script, folder, { PYTHON });
    const end = await cluster!.waitForJob(id, 120_000);
    const output = readdirSync(folder).find((f) => f.endsWith(`-${id}.out`));
    const printed = output ? readFileSync(join(folder, output), 'utf8') : '(no job output)';
    expect(end.state, `${end.record}\n${printed}\n${cluster!.logs()}`).toBe('COMPLETED');
    expect(end.exitCode).toBe('0:0');
    const jobSeconds = (performance.now() - started) / 1000;
    expect(printed).toMatch(/^Job \d+ on \S+: 2 cores/m);

    const parsed = parseLabExport(readFileSync(join(folder, `results-${id}.json`), 'utf8'));
    if (!parsed.ok) throw new Error(`results-${id}.json is not a valid results file: ${parsed.error}`);
    const results = parsed.value;
    expect(results.lab).toEqual({ id: 'speedup', title: 'Speedup lab' });
    expect(results.settings).toEqual({ kernel: 'integrate', impl: 'js', n: '2000', workers: '1,2', repeats: '2' });
    expect(results.link).toBe('#/lab/speedup?kernel=integrate&impl=js&n=2000&workers=1,2&repeats=2');
    // Inside the job the program sees its allocation, and says where it ran.
    expect(results.environment.cores).toBe(2);
    expect(results.environment.userAgent).toContain(`Slurm job ${id}`);
    expect(results.environment.machine).toBe('parallel-lab-test');

    for (const p of [1, 2]) {
      const runs = results.runs.filter((r) => r.workers === p);
      expect(runs.map((r) => r.repeat)).toEqual([0, 1]);
      for (const r of runs) {
        expect(r.series).toBe(p === 1 ? '1 worker' : '2 workers');
        expect(r.ms).toBeGreaterThan(0);
        // Digit for digit: the rows split as the browser splits them, partials added in rank order.
        expect(r.value).toBe(integrate2d(2000, p));
      }
    }
    expect(results.runs).toHaveLength(4);
    expect(results.summary.map((s) => s.workers)).toEqual([1, 2]);
    expect(results.summary[0]!.speedup).toBe(1);
    console.log(`Slurm job ${id}: ${end.state} in ${jobSeconds.toFixed(1)} s from sbatch to the end; medians ${results.summary.map((s) => `${s.workers}: ${Number(s.median_ms).toFixed(0)} ms`).join(', ')}`);
  });

  it('counts the same darts inside as the browser for Monte Carlo pi (the xoshiro128** port)', async () => {
    const raw = { kernel: 'pi', impl: 'js', n: '100_000', seed: '4242', workers: '1,3', repeats: '1' };
    const v = speedupSettings.validate(raw, { cores: 2 });
    const job = v.params ? speedupClusterJob(raw, v.params) : 'invalid settings';
    if (typeof job === 'string') throw new Error(job);
    const folder = unzipTo(clusterZip(job), join(work, 'pi'));
    await run(PYTHON, ['speedup_pi.py', '--output', 'pi.json', '--machine', 'test machine'], folder);
    const parsed = parseLabExport(readFileSync(join(folder, 'pi.json'), 'utf8'));
    if (!parsed.ok) throw new Error(parsed.error);
    for (const p of [1, 3]) {
      const inside = splitDarts(100_000, p).reduce((sum, darts, k) => sum + samplePi(darts, 4242, k).inside, 0);
      expect(parsed.value.runs.find((r) => r.workers === p)?.value).toBe((4 * inside) / 100_000);
    }
    expect(parsed.value.environment.machine).toBe('test machine');
  });

  it('estimates pi as the browser does in the pi pool lab’s two variants', async () => {
    const raw = { tasks: '4', darts: '20000', workers: '2', repeats: '1' };
    const v = piPoolSettings.validate(raw, { cores: 2 });
    const job = piPoolClusterJob(raw, v.params);
    if (typeof job === 'string') throw new Error(job);
    const folder = unzipTo(clusterZip(job), join(work, 'pi-pool'));
    await run(PYTHON, ['pi_pool.py', '--output', 'pool.json'], folder);
    const parsed = parseLabExport(readFileSync(join(folder, 'pool.json'), 'utf8'));
    if (!parsed.ok) throw new Error(parsed.error);
    const variants = v.params!.variants;
    expect(parsed.value.runs.map((r) => [r.series, r.workers, r.repeat, r.chunksize, r.chunks])).toEqual([
      [variants[0]!.label, 1, 0, 1, 1],
      [variants[1]!.label, 2, 0, 1, 4],
    ]);
    // The browser's estimate of each variant: its calls' streams of the lab's seed.
    for (const [i, variant] of variants.entries()) {
      const inside = variant.argsList.reduce((sum, args) => sum + samplePi(Number(args[0]), Number(args[1]), Number(args[2])).inside, 0);
      expect(parsed.value.runs[i]!.value).toBe((4 * inside) / 80_000);
      expect(Number(parsed.value.runs[i]!.utilisation)).toBeGreaterThan(0);
      expect(Number(parsed.value.runs[i]!.utilisation)).toBeLessThanOrEqual(1);
    }
  });

  it('computes the scaling lab’s workload as the browser does, strong and weak', async () => {
    for (const mode of ['strong', 'weak'] as const) {
      const raw = { serialFraction: '0.25', work: '200_001', mode, workers: '1,2', repeats: '1' };
      const v = scalingSettings.validate(raw, { cores: 2 });
      const job = scalingClusterJob(raw, v.params);
      if (typeof job === 'string') throw new Error(job);
      const folder = unzipTo(clusterZip(job), join(work, `scaling-${mode}`));
      await run(PYTHON, [`scaling_${mode}.py`, '--output', 'scaling.json'], folder);
      const parsed = parseLabExport(readFileSync(join(folder, 'scaling.json'), 'utf8'));
      if (!parsed.ok) throw new Error(parsed.error);
      expect(parsed.value.settings).toEqual({ serialFraction: '0.25', work: '200_001', mode, workers: '1,2', repeats: '1' });
      for (const p of [1, 2]) {
        // The browser's checksum: the serial part (phase 0), then each rank's share (phase rank + 1).
        const plan = planWorkload(200_001, 0.25, mode, p);
        let checksum = 0;
        if (plan.serial > 0) checksum += busyWork(plan.serial, 0);
        plan.shares.forEach((n, rank) => (checksum += busyWork(n, rank + 1)));
        const r = parsed.value.runs.find((x) => x.workers === p)!;
        // Arguments up to 1e-3 W radians: there glibc's sin (Python) and V8's fdlibm port may
        // differ in the last bit, so the checksum agrees to 1e-12, not bit for bit.
        expect(Math.abs(Number(r.value) - checksum)).toBeLessThan(1e-12 * Math.abs(checksum));
        expect(Number(r.serial_ms) + Number(r.parallel_ms)).toBeCloseTo(r.ms, 6);
      }
    }
  });

  /** Open MPI refuses to start as root unless told: CI runs as root, a student's job does not. */
  const AS_ROOT = { OMPI_ALLOW_RUN_AS_ROOT: '1', OMPI_ALLOW_RUN_AS_ROOT_CONFIRM: '1' };

  /** The message-passing lab's export of `program` on `ranks` ranks, with a smaller size for the test. */
  function mpiJob(program: 'integrate-reduce' | 'pi-gather', ranks: number, order: 'rank' | 'tree', n: number): ClusterJob {
    const raw = { program, ranks: String(ranks), order };
    const v = mpiSettings.validate(raw, { cores: 2 });
    const job = mpiClusterJob(raw, v.params, LESSON_PROGRAMS[program].source);
    if (typeof job === 'string') throw new Error(job);
    expect(job.ntasks).toBe(ranks);
    // The lab's program as written (n = 10000, 30 million darts) takes minutes in pure Python.
    expect(job.experiment).toMatchObject(program === 'integrate-reduce' ? { n: 10000 } : { n: 30_000_000, seed: 2024 });
    return { ...job, experiment: { ...(job.experiment as MpiExperiment), n } };
  }

  /** Partial integrals of `ranks` row blocks, as the browser's ranks compute them. */
  const partials = (n: number, ranks: number): number[] =>
    Array.from({ length: ranks }, (_, r) => {
      const { begin, end } = blockRows(n, ranks, r);
      return integrate2dRows(n, begin, end);
    });

  it('runs the message-passing lab’s mpi4py programs as Slurm jobs of 2 tasks, with the browser’s digits and counts', async () => {
    for (const program of ['integrate-reduce', 'pi-gather'] as const) {
      const n = program === 'integrate-reduce' ? 600 : 60_000;
      const job = mpiJob(program, 2, 'rank', n);
      const folder = unzipTo(clusterZip(job), join(work, `mpi-${program}`));
      const script = strFromU8(readFileSync(join(folder, batchFileName(job))));
      expect(script).toContain('#SBATCH --ntasks=2\n#SBATCH --cpus-per-task=1\n');
      const id = await cluster!.submit(batchFileName(job), folder, { PYTHON, ...AS_ROOT });
      const end = await cluster!.waitForJob(id, 120_000);
      const output = readdirSync(folder).find((f) => f.endsWith(`-${id}.out`));
      const printed = output ? readFileSync(join(folder, output), 'utf8') : '(no job output)';
      expect(end.state, `${end.record}\n${printed}\n${cluster!.logs()}`).toBe('COMPLETED');
      expect(printed).toMatch(/^Job \d+ on \S+: 2 ranks/m);
      const parsed = parseLabExport(readFileSync(join(folder, `results-${id}.json`), 'utf8'));
      if (!parsed.ok) throw new Error(parsed.error);
      const { runs, summary, lab, link } = parsed.value;
      expect(lab).toEqual({ id: 'mpi', title: 'Message-passing lab' });
      expect(link).toBe(`#/lab/mpi?program=${program}&ranks=2${program === 'integrate-reduce' ? '&order=rank' : ''}`);
      expect(runs).toHaveLength(1);
      expect(runs[0]).toMatchObject({ series: program, workers: 2, repeat: 0 });
      expect(summary.map((row) => [row.rank, row.state])).toEqual([[0, 'done'], [1, 'done']]);
      if (program === 'integrate-reduce') {
        // Rank order, as the browser adds by default: the TypeScript kernel's digits exactly.
        expect(runs[0]!.value).toBe(integrate2d(n, 2));
        expect(String(summary[1]!.output)).toBe(`rows [300, 600): partial integral ${partials(n, 2)[1]!.toExponential(6).replace(/e([+-])(\d)$/, 'e$10$2')}`);
      } else {
        const inside = splitDarts(n, 2).map((darts, rank) => samplePi(darts, 2024, rank).inside);
        expect(runs[0]!.value).toBe((4 * (inside[0]! + inside[1]!)) / n);
        expect(String(summary[0]!.output)).toContain(`after gather: rank 0, inside: [${inside.join(', ')}]`);
      }
    }
  });

  it('combines the partial integrals as mpi4py’s reduce does with order=tree, and splits darts unevenly over 3 ranks', async () => {
    const n = 300;
    const tree = mpiJob('integrate-reduce', 3, 'tree', n);
    const treeFolder = unzipTo(clusterZip(tree), join(work, 'mpi-tree'));
    await run('mpirun', ['--oversubscribe', '-n', '3', PYTHON, 'mpi_integrate_reduce.py', '--output', 'tree.json'], treeFolder, AS_ROOT);
    const treeResults = parseLabExport(readFileSync(join(treeFolder, 'tree.json'), 'utf8'));
    if (!treeResults.ok) throw new Error(treeResults.error);
    // The lab's order=tree is mpi4py's order (src/mpi/conformance checks it against real mpi4py).
    expect(treeResults.value.runs[0]!.value).toBe(foldTree(partials(n, 3), 'SUM'));

    const darts = 10_001;
    const pi = mpiJob('pi-gather', 3, 'rank', darts);
    const piFolder = unzipTo(clusterZip(pi), join(work, 'mpi-pi-3'));
    await run('mpirun', ['--oversubscribe', '-n', '3', PYTHON, 'mpi_pi_gather.py', '--output', 'pi.json'], piFolder, AS_ROOT);
    const piResults = parseLabExport(readFileSync(join(piFolder, 'pi.json'), 'utf8'));
    if (!piResults.ok) throw new Error(piResults.error);
    const inside = splitDarts(darts, 3).map((d, rank) => samplePi(d, 2024, rank).inside);
    expect(piResults.value.runs[0]!.value).toBe((4 * inside.reduce((a, b) => a + b, 0)) / darts);
  });
});
