/**
 * Checks of "Size the pool from the allocation, and measure the idle core" (lesson 12, after the
 * Aalto course's question how a pool knows its CPUs, and the HPC2N challenge of 4 workers in 5
 * cores): poolSize on environments whose right answer differs from os.cpu_count() and from
 * SLURM_CPUS_ON_NODE; allocationUsage against the busy-over-allocated definition (seff's CPU
 * efficiency); then a real run of 4 workers, and of poolSize workers, in a modelled 5-core job.
 */
import { attempt, expectClose, expectEqual, learnerFunction, pass } from '../../../../src/exercises/check-helpers.ts';
import type { CheckResult, ExerciseChecks } from '../../../../src/exercises/types.ts';

/** [what, env, machine, expected]. */
const CASES: [string, Record<string, string>, { cpuCount: number; affinity: number }, number][] = [
  ['--cpus-per-task=5 on a 28-core node that binds jobs', { SLURM_CPUS_PER_TASK: '5', SLURM_CPUS_ON_NODE: '5', SLURM_JOB_ID: '1001' }, { cpuCount: 28, affinity: 5 }, 5],
  ['--cpus-per-task=4 on a node that does not bind jobs', { SLURM_CPUS_PER_TASK: '4', SLURM_CPUS_ON_NODE: '4', SLURM_JOB_ID: '1002' }, { cpuCount: 28, affinity: 28 }, 4],
  ['-n 5 (no SLURM_CPUS_PER_TASK) on a node that binds', { SLURM_NTASKS: '5', SLURM_CPUS_ON_NODE: '5', SLURM_JOB_ID: '1003' }, { cpuCount: 28, affinity: 5 }, 5],
  ['a laptop, outside any job', {}, { cpuCount: 8, affinity: 8 }, 8],
  ['--cpus-per-task=2 on a 128-core node', { SLURM_CPUS_PER_TASK: '2', SLURM_CPUS_ON_NODE: '2', SLURM_JOB_ID: '1004' }, { cpuCount: 128, affinity: 2 }, 2],
];

/**
 * Busy work of about `ms` milliseconds: runs on a worker and uses its argument only. Returns the
 * interval it computed, in absolute ms (timeOrigin + now), so the pool's span excludes start-up.
 */
function busyFor(ms: number): [number, number] {
  const start = performance.timeOrigin + performance.now();
  let x = 0;
  while (performance.timeOrigin + performance.now() - start < ms) for (let i = 0; i < 1000; i++) x += Math.sin(i);
  return [start, x === 0.5 ? start : performance.timeOrigin + performance.now()];
}

const CORES = 5;
const TASK_MS = 150;

export const checks: ExerciseChecks = async (ctx) => {
  const ps = learnerFunction(ctx, 'poolSize');
  const au = learnerFunction(ctx, 'allocationUsage');
  const results: CheckResult[] = [];
  if (!ps.ok) results.push(ps.result);
  if (!au.ok) results.push(au.result);
  if (!ps.ok || !au.ok) return results;

  for (const [what, env, machine, expected] of CASES) {
    const r = await attempt(ctx, `poolSize: ${what}`, String(expected), () => ps.value({ ...env }, { ...machine }));
    results.push(r.ok ? expectEqual(`poolSize: ${what}`, expected, r.value, `os.cpu_count() says ${machine.cpuCount}, the mask ${machine.affinity}`) : r.result);
  }
  for (const [what, busy, cores, span, expected] of [
    ['4 busy workers in 5 cores (the HPC2N challenge)', [100, 100, 100, 100], 5, 100, 0.8],
    ['5 busy workers in 5 cores', [100, 100, 100, 100, 100], 5, 100, 1],
    ['one worker busy half the time in 4 cores', [50], 4, 100, 0.125],
  ] as const) {
    const r = await attempt(ctx, `allocationUsage: ${what}`, String(expected), () => au.value([...busy], cores, span));
    results.push(r.ok ? expectClose(`allocationUsage: ${what}`, expected, r.value, 1e-9) : r.result);
  }
  if (results.some((r) => !r.ok)) return results;

  // The HPC2N challenge on this page's workers: 4 workers in a modelled 5-core job, then poolSize's count.
  const env = { SLURM_CPUS_PER_TASK: String(CORES), SLURM_CPUS_ON_NODE: String(CORES), SLURM_JOB_ID: '1005' };
  const sized = Number(ps.value(env, { cpuCount: 28, affinity: CORES }));
  const lines: string[] = [];
  for (const workers of [4, sized]) {
    // runWorkers starts every worker behind a start barrier, as a pool whose processes are up.
    const intervals = (await ctx.runtime.runWorkers(busyFor, Array.from({ length: workers }, () => [TASK_MS]))) as [number, number][];
    const busy = intervals.map(([a, b]) => b - a);
    const span = Math.max(...intervals.map(([, b]) => b)) - Math.min(...intervals.map(([a]) => a));
    const usage = Number(au.value(busy, CORES, span));
    lines.push(`${workers} workers: ${(100 * usage).toFixed(0)} % of the 5 cores (at most ${(100 * Math.min(workers, CORES)) / CORES} %)`);
  }
  results.push(pass('the HPC2N challenge on workers', `${lines.join('; ')}. Busy times measured inside the workers, over the span from the first worker's start to the last one's end, ${ctx.cores} cores reported here. The cluster lab draws the same per core.`));
  return results;
};
