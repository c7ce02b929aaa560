/**
 * Checks of "The core-count sweep as batch jobs" (lesson 12, after the HPC2N course's FIXME
 * exercise): for each of the course's counts, the learner's script is read by the browser's sbatch
 * (src/slurm, compared with real sbatch by cluster/lesson-batch.test.ts) on a 28-core node (a
 * Kebnekaise node of the course), its allocation must be one task of p cores with a time limit,
 * and its python3 integrate_job.py line, with the job's SLURM_* variables expanded, must start p
 * processes; then the jobs of 1, 2 and 4 cores run the integral's blocks on workers and report
 * their times and digits.
 */
import { attempt, fail, learnerFunction, pass } from '../../../../src/exercises/check-helpers.ts';
import type { CheckResult, ExerciseChecks } from '../../../../src/exercises/types.ts';
import { integrate2d } from '../../../../src/kernels/integrate2d.ts';
import { decompose } from '../../../../src/kernels/decomposition.ts';
import { allocate, type ClusterNode } from '../../../../src/slurm/allocation.ts';
import { jobEnvironment } from '../../../../src/slurm/environment.ts';
import { readCommand } from '../../../../src/slurm/job-commands.ts';
import { parseBatchScript } from '../../../../src/slurm/parse-script.ts';

const NODE: ClusterNode = { name: 'b-cn0412', cores: 28, partition: 'batch' };
const COUNTS = [1, 2, 4, 8, 12, 14];
const N = 2000;

/** Midpoint sum of sin(x + y) over rows [begin, end): runs on a worker, so it uses its argument only. */
function integrateRows({ n, begin, end }: { n: number; begin: number; end: number }): number {
  const h = Math.PI / n;
  let sum = 0;
  for (let i = begin; i < end; i++) {
    const x = h * (i + 0.5);
    for (let j = 0; j < n; j++) sum += Math.sin(x + h * (j + 0.5));
  }
  return h * h * sum;
}

/** The --workers of a python3 integrate_job.py line, or why there is none. */
function workersOf(args: readonly string[]): number | string {
  const i = args.findIndex((a) => a === '--workers' || a.startsWith('--workers='));
  if (i < 0) return 'no --workers (the program would take its default)';
  const text = args[i]!.includes('=') ? args[i]!.split('=')[1]! : args[i + 1] ?? '';
  return /^\d+$/.test(text) ? Number(text) : `--workers "${text}"`;
}

export const checks: ExerciseChecks = async (ctx) => {
  const js = learnerFunction(ctx, 'jobScript');
  if (!js.ok) return [js.result];
  const results: CheckResult[] = [];
  const processes = new Map<number, number>();
  for (const p of COUNTS) {
    const name = `jobScript(${p})`;
    const r = await attempt(ctx, name, 'the text of a batch script', () => js.value(p));
    if (!r.ok) return [...results, r.result];
    if (typeof r.value !== 'string') return [...results, fail(name, 'a string', typeof r.value)];
    const parsed = parseBatchScript(r.value);
    const error = parsed.messages.find((m) => m.severity === 'error');
    if (error) {
      results.push(fail(`${name} is accepted by sbatch`, 'no error', `line ${error.line}: ${error.text}`));
      break;
    }
    const a = allocate(parsed.request, NODE);
    if (!a.ok) {
      results.push(fail(`${name} fits a ${NODE.cores}-core node`, 'an allocation', a.error));
      break;
    }
    const { ntasks, cpusPerTask, timeMinutes } = a.value;
    if (ntasks !== 1 || cpusPerTask !== p) {
      results.push(fail(`${name} asks for one task of ${p} cores`, `1 task × ${p} cores`, `${ntasks} task${ntasks === 1 ? '' : 's'} × ${cpusPerTask} core${cpusPerTask === 1 ? '' : 's'}`, ntasks === p ? '-n p gives p tasks of one core: SLURM_CPUS_PER_TASK is then not set, and srun would start p copies.' : undefined));
      break;
    }
    if (timeMinutes === null) {
      results.push(fail(`${name} sets a time limit`, 'a --time line', 'none', 'Without --time the job gets the partition’s maximum, and waits longer for a gap.'));
      break;
    }
    const env = jobEnvironment(parsed.request, a.value, NODE, { jobId: 1000 + p, name: `sweep-${p}`, submitDir: '/home/you' });
    const command = parsed.body.map((b) => readCommand(b, env)).find((c) => c.kind === 'python' && c.program === 'integrate_job.py');
    if (!command || command.kind !== 'python') {
      results.push(fail(`${name} runs python3 integrate_job.py`, 'a python3 integrate_job.py line', parsed.body.map((b) => b.text).join(' / ') || 'no command'));
      break;
    }
    const workers = workersOf(command.args);
    if (workers !== p) {
      results.push(fail(`${name}: the pool matches the allocation`, `${p} processes`, String(workers), typeof workers === 'number' ? (workers > p ? `${workers} processes on ${p} cores take turns.` : `${p - workers} booked cores would stay idle.`) : 'Read the count from the allocation inside the job.'));
      break;
    }
    processes.set(p, workers);
    results.push(pass(`${name}: 1 task × ${p} core${p === 1 ? '' : 's'}, ${timeMinutes} min, ${p} process${p === 1 ? '' : 'es'}`));
  }
  if (results.some((r) => !r.ok)) return results;
  const fixed = COUNTS.filter((p) => !/\$\{?SLURM_CPUS_PER_TASK/.test(String(js.value(p))));
  if (fixed.length === COUNTS.length) results.push(pass('note', 'Your scripts write the count twice; "$SLURM_CPUS_PER_TASK" in the command would keep the two from ever disagreeing.'));

  // Run the small jobs for real: the blocks of the integral on as many workers as processes.
  const times: string[] = [];
  for (const p of [1, 2, 4]) {
    const blocks = decompose(N, p).map((b) => ({ n: N, ...b }));
    const t0 = ctx.now();
    const partials = (await ctx.runtime.parallelMap(integrateRows, blocks, processes.get(p))) as number[];
    const ms = ctx.now() - t0;
    const value = partials.reduce((s, x) => s + x, 0);
    if (value !== integrate2d(N, p)) return [...results, fail(`job of ${p} cores`, integrate2d(N, p).toExponential(6), value.toExponential(6))];
    times.push(`${p}: ${ms.toFixed(0)} ms`);
  }
  results.push(pass('the jobs of 1, 2 and 4 cores, run on workers', `Times (n = ${N}, ${ctx.cores} cores reported): ${times.join(', ')}; each printed the integral's digits of its block count. Submit jobScript(4) in the cluster lab, or on a real cluster, to see the same job queued.`));
  return results;
};
