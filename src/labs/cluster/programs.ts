/**
 * The lesson's two Python programs as the browser runs them: `integrate_job.py` (the course's 2D
 * integral with a pool, its rows split into one block per process, run on real workers of the
 * page's kernel pool, at most as many at once as the allocation has cores) and `where_am_i.py`
 * (what a program sees of its allocation). Their output has the lines the Python programs print;
 * the integral has the Python program's digits (same blocks, partials added in rank order).
 *
 * What is modelled: `os.cpu_count()` is the modelled node's cores, and the affinity mask is the
 * allocation (as on a cluster that binds jobs to their cores); the Python version is 3.13, where
 * `Pool()` sizes itself from the mask. Main thread only (it drives the worker pool).
 */
import type { Remote } from 'comlink';
import { kernelById } from '../../kernels/registry.ts';
import { formatScientific } from '../../lib/python-format.ts';
import type { KernelsApi } from '../../workers/kernels.worker.ts';
import { kernelPool, sharedStopFlag } from '../../workers/kernel-pool.ts';
import { toPageClock, type Timed } from '../../workers/timed.ts';

/** Largest grid the browser's integrate_job.py accepts (n × n sin evaluations). */
export const MAX_BROWSER_N = 20_000;

/** What a program run is given. */
export interface ProgramContext {
  /** The job's environment (SLURM_* and exports). */
  env: Readonly<Record<string, string>>;
  /** Cores this program may use (its task's share of the allocation). */
  cores: number;
  /** Cores of the node (os.cpu_count()). */
  nodeCores: number;
  /** Index of the first of its cores on the node's usage chart. */
  firstCore: number;
  signal: AbortSignal;
  print: (line: string) => void;
}

/** Real busy time per core while a program's pool worked. */
export interface ProgramUsage {
  /** The batch script's line that ran it. */
  line: number;
  program: string;
  /** Cores of the allocation the program could use. */
  cores: number;
  /** Index of its first core in the allocation. */
  firstCore: number;
  /** Processes the program started. */
  processes: number;
  /** Busy ms per core of its share (index 0 = firstCore), measured inside the workers. */
  busyMs: number[];
  /** From the first block handed out to the last result back, ms. */
  spanMs: number;
}

/** The end of a program: its exit code (0 ok, 2 bad arguments, as argparse) and its usage. */
export interface ProgramResult {
  exitCode: number;
  usage?: Omit<ProgramUsage, 'line' | 'program'>;
}

/** The cores Python's allocated_cores() finds: SLURM_CPUS_PER_TASK, else the affinity mask. */
export function allocatedCores(env: Readonly<Record<string, string>>, mask: number): number {
  const v = env.SLURM_CPUS_PER_TASK;
  return v !== undefined && /^\d+$/.test(v) && Number(v) > 0 ? Number(v) : mask;
}

/** Reads `--name value` / `--name=value` integer options as argparse does; unknown options are errors. */
export function parseIntOptions(args: readonly string[], names: readonly string[]): { ok: true; values: Record<string, number> } | { ok: false; error: string } {
  const values: Record<string, number> = {};
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const m = /^--([a-z]+)(?:=(.*))?$/.exec(a);
    if (!m || !names.includes(m[1]!)) return { ok: false, error: `unrecognized arguments: ${a}` };
    const text = m[2] ?? args[++i];
    if (text === undefined) return { ok: false, error: `argument --${m[1]}: expected one argument` };
    if (!/^[-+]?\d+$/.test(text.trim())) return { ok: false, error: `argument --${m[1]}: invalid int value: '${text}'` };
    values[m[1]!] = Number(text);
  }
  return { ok: true, values };
}

/**
 * integrate_job.py: `--n` grid points per side (default 3000), `--workers` processes (default
 * allocated_cores()). The rows go out as one block per process to at most `cores` workers at once.
 */
async function integrateJob(args: readonly string[], ctx: ProgramContext): Promise<ProgramResult> {
  const usage = 'usage: integrate_job.py [-h] [--n N] [--workers WORKERS]';
  const parsed = parseIntOptions(args, ['n', 'workers']);
  const fail = (message: string): ProgramResult => {
    ctx.print(usage);
    ctx.print(`integrate_job.py: error: ${message}`);
    return { exitCode: 2 };
  };
  if (!parsed.ok) return fail(parsed.error);
  const n = parsed.values.n ?? 3000;
  const processes = parsed.values.workers ?? allocatedCores(ctx.env, ctx.cores);
  if (n < 1 || n > MAX_BROWSER_N) return fail(`argument --n: the browser runs 1 to ${MAX_BROWSER_N}, not ${n}`);
  if (processes < 1 || processes > 64) return fail(`argument --workers: the browser runs 1 to 64 processes, not ${processes}`);
  const kernel = kernelById('integrate');
  const params = { n };
  const blocks = kernel.split(params, processes);
  const concurrent = Math.min(processes, ctx.cores);
  const pool = kernelPool();
  // Pool(processes): start the workers before the clock starts, as the Python program does.
  await pool.warm(concurrent, (api) => api.echo(0));
  const stopFlag = sharedStopFlag();
  const stop = () => {
    if (stopFlag) Atomics.store(stopFlag, 0, 1);
  };
  ctx.signal.addEventListener('abort', stop, { once: true });
  try {
    const tasks = blocks.map((block) => (api: Remote<KernelsApi>) => api.runBlock('integrate', 'js', params, block, stopFlag) as Promise<Timed<unknown>>);
    const t0 = performance.now();
    const run = await pool.run(tasks, { workers: concurrent, signal: ctx.signal });
    const seconds = (performance.now() - t0) / 1000;
    const value = kernel.combine(params, run.results.map((r) => r.value)).value;
    const busyMs = new Array<number>(ctx.cores).fill(0);
    run.records.forEach((r, i) => {
      const timedResult = run.results[i]!;
      busyMs[r.worker] = busyMs[r.worker]! + (toPageClock(timedResult.endedAt) - toPageClock(timedResult.startedAt));
    });
    const spanMs = Math.max(...run.records.map((r) => r.end)) - Math.min(...run.records.map((r) => r.start));
    ctx.print(`${processes} processes on ${allocatedCores(ctx.env, ctx.cores)} allocated cores, n = ${n}`);
    if (processes > ctx.cores) ctx.print(`(the browser: ${processes} processes share ${ctx.cores} cores, at most ${ctx.cores} run at once)`);
    ctx.print(`Integral value is ${formatScientific(value)}`);
    ctx.print(`Time spent: ${seconds.toFixed(2)} s`);
    return { exitCode: 0, usage: { cores: ctx.cores, firstCore: ctx.firstCore, processes, busyMs, spanMs } };
  } finally {
    ctx.signal.removeEventListener('abort', stop);
  }
}

/** where_am_i.py: the job's SLURM_* values and the cores the program sees. */
function whereAmI(args: readonly string[], ctx: ProgramContext): ProgramResult {
  if (args.length > 0) {
    ctx.print(`where_am_i.py takes no arguments (got ${args.join(' ')})`);
    return { exitCode: 2 };
  }
  for (const name of ['SLURM_JOB_ID', 'SLURM_NTASKS', 'SLURM_CPUS_PER_TASK', 'SLURM_CPUS_ON_NODE', 'SLURM_ARRAY_TASK_ID']) {
    ctx.print(`${name}=${ctx.env[name] ?? '(not set)'}`);
  }
  ctx.print(`os.cpu_count() = ${ctx.nodeCores}`);
  ctx.print(`affinity mask: ${ctx.cores} cores`);
  ctx.print(`Pool() starts ${ctx.cores} processes`);
  return { exitCode: 0 };
}

/**
 * Runs one of the lesson's programs with its arguments. An unknown program fails as python3 does
 * for a missing file (exit code 2).
 * @throws AbortError when the job is cancelled
 */
export async function runProgram(program: string, args: readonly string[], ctx: ProgramContext): Promise<ProgramResult> {
  if (program === 'integrate_job.py') return integrateJob(args, ctx);
  if (program === 'where_am_i.py') return whereAmI(args, ctx);
  ctx.print(`python3: can't open file '${program}': [Errno 2] No such file or directory`);
  return { exitCode: 2 };
}
