/**
 * What a "Run this on a cluster" export repeats: a lab's experiment (kernel, size, seed, worker
 * counts, repeats) with the settings text and link of the lab, and the Slurm allocation it asks
 * for. Every file of the export (the Python program, the batch script, the README) is built from
 * one {@link ClusterJob}, so they cannot disagree.
 *
 * Pure: any thread, and Node.
 */
import { labHash } from '../labs/kit/definition.ts';

/** The speedup lab's sweep: one kernel on each worker count, warm-up then timed repeats. */
export interface SpeedupExperiment {
  kind: 'speedup';
  /** The kernel id of the registry (`integrate`: the 2D midpoint rule; `pi`: Monte Carlo pi). */
  kernel: 'integrate' | 'pi';
  /** Grid points per axis (integrate) or darts in total (pi). */
  n: number;
  /** Seed of the random streams (pi only; ignored by integrate). */
  seed: number;
  /** Pool sizes, ascending, including 1 (the speedup baseline). */
  workers: number[];
  /** Timed runs per worker count, after one discarded warm-up run. */
  repeats: number;
  /**
   * The lab's implementation. The Python program computes what `js` computes; `wasm` and `simd`
   * compute their own sines, so the browser's integral differs in the last digits (and `simd`
   * draws other darts), which the README says.
   */
  impl: 'js' | 'wasm' | 'simd';
}

/**
 * The Monte Carlo pi pool lab's comparison: one `sample(tasks × darts)` call on a pool of one
 * process against `pool.map(sample, [darts] * tasks)` on a pool of `workers`, Python's default
 * chunk size, every call drawing from its own stream of the lab's fixed seed.
 */
export interface PiPoolExperiment {
  kind: 'pi-pool';
  /** Calls of sample in the map. */
  tasks: number;
  /** Darts per call. */
  darts: number;
  /** Seed of the streams (the lab's fixed seed). */
  seed: number;
  /** Pool size of the map. */
  workers: number;
  /** Timed runs of each variant, after one discarded warm-up. */
  repeats: number;
}

/**
 * The scaling lab's sweep: a job of W sin evaluations of which a fraction f is serial (done by one
 * process while the others wait), the rest split among p processes (strong scaling) or (1 - f) W
 * given to each (weak scaling), after HPC Carpentry's `amdahl` (src/labs/scaling/workload.ts).
 */
export interface ScalingExperiment {
  kind: 'scaling';
  /** f in [0, 1]. */
  serialFraction: number;
  /** W, sin evaluations of the one-worker job. */
  work: number;
  mode: 'strong' | 'weak';
  /** Pool sizes, ascending, including 1. */
  workers: number[];
  /** Timed runs per worker count, after one discarded warm-up. */
  repeats: number;
}

/**
 * A program of the message-passing lab that has an mpi4py twin, run once on `ranks` MPI processes:
 * the course's integral (each rank sums its block of rows, rank 0 combines the partial integrals)
 * or Monte Carlo pi (each rank throws its share of the darts on its own stream, `gather` brings the
 * counts to rank 0).
 */
export interface MpiExperiment {
  kind: 'mpi';
  /** The message-passing lab's program id. */
  program: 'integrate-reduce' | 'pi-gather';
  /** MPI processes (`--ntasks`, `mpirun -n`). */
  ranks: number;
  /** Grid points per axis (integrate-reduce) or darts in total (pi-gather). */
  n: number;
  /** Seed of the darts' streams, stream = rank (pi-gather; ignored by the integral). */
  seed: number;
  /**
   * How rank 0 combines the partial integrals: `rank` (gather, then add in rank order: the lab's
   * default, so the digits are the browser's) or `tree` (mpi4py's `comm.reduce`, whose order the
   * lab's `order=tree` reproduces).
   */
  order: 'rank' | 'tree';
  /** One run, as the lab runs the program once. */
  repeats: 1;
}

/** An experiment a cluster export can repeat. */
export type ClusterExperiment = SpeedupExperiment | PiPoolExperiment | ScalingExperiment | MpiExperiment;

/**
 * The pool sizes an experiment uses, ascending (the pi pool: 1 for the single call, then the map's;
 * an MPI program: its one count of ranks).
 */
export function poolSizes(e: ClusterExperiment): number[] {
  if (e.kind === 'mpi') return [e.ranks];
  return e.kind === 'pi-pool' ? [...new Set([1, e.workers])].sort((a, b) => a - b) : [...e.workers].sort((a, b) => a - b);
}

/** Everything the export's files are built from. */
export interface ClusterJob {
  /** The lab that measured in the browser (its id and title go into the results file). */
  lab: { id: string; title: string };
  /** The settings text, as the browser's own export writes it (round-trips into a lab link). */
  settings: Record<string, string>;
  /** The hash route that reproduces the browser's demo, e.g. `#/lab/speedup?kernel=integrate&…`. */
  link: string;
  /** The experiment the Python program repeats. */
  experiment: ClusterExperiment;
  /** Base of the file names and the Slurm job name, e.g. `speedup-integrate`. */
  name: string;
  /** `--ntasks`: processes Slurm starts room for (1 for a pool; the ranks of an MPI program). */
  ntasks: number;
  /** `--cpus-per-task`: cores of each task (the largest pool size; 1 for an MPI rank). */
  cpusPerTask: number;
  /** `--time`: the wall-time limit asked for, in seconds (see {@link wallTimeSeconds}). */
  timeLimitSeconds: number;
}

/**
 * Throughput of the exported Python programs on one core, in units of work per second, measured
 * on this project's test machine with Debian's CPython 3.11 (2.9e6 sin evaluations/s for the
 * integral, 3.7e5 darts/s for the pure-Python xoshiro128**) and rounded down, so a slower
 * cluster core still fits in the time asked for.
 */
export const PYTHON_RATE_PER_CORE = { integrate: 2e6, pi: 2.5e5, busy: 3e6 } as const;

/**
 * The wall-time limit to ask Slurm for (`--time`), in seconds: the estimated run time of the
 * whole sweep (warm-up and repeats on every worker count, at {@link PYTHON_RATE_PER_CORE}, the
 * parallel part on min(p, cpus) cores), doubled, plus two minutes for Python and the pools to
 * start, rounded up to whole minutes and at least five minutes. A job that passes its limit is
 * killed by Slurm, while a shorter limit can start sooner (backfill), hence a margin but not hours.
 */
export function wallTimeSeconds(e: ClusterExperiment, cpusPerTask: number): number {
  const runSeconds = (p: number): number => {
    const cores = Math.max(1, Math.min(p, cpusPerTask));
    if (e.kind === 'scaling') {
      const serial = e.serialFraction * e.work;
      const parallel = (1 - e.serialFraction) * e.work * (e.mode === 'weak' ? p : 1);
      return (serial + parallel / cores) / PYTHON_RATE_PER_CORE.busy;
    }
    if (e.kind === 'mpi') return (e.program === 'integrate-reduce' ? (e.n * e.n) / PYTHON_RATE_PER_CORE.integrate : e.n / PYTHON_RATE_PER_CORE.pi) / e.ranks;
    // n² evaluations or n darts a run (the pi pool: every call's darts, in each variant).
    const work = e.kind === 'pi-pool' ? e.tasks * e.darts : e.kernel === 'integrate' ? e.n * e.n : e.n;
    return work / ((e.kind === 'speedup' ? PYTHON_RATE_PER_CORE[e.kernel] : PYTHON_RATE_PER_CORE.pi) * cores);
  };
  const estimate = poolSizes(e).reduce((t, p) => t + (e.repeats + 1) * runSeconds(p), 0);
  return Math.max(300, Math.ceil((2 * estimate + 120) / 60) * 60);
}

/**
 * A duration in Slurm's `--time` format: `HH:MM:SS`, or `D-HH:MM:SS` from one day.
 * @throws RangeError for a negative or non-finite number of seconds
 */
export function slurmTime(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) throw new RangeError(`a wall time must be a non-negative number of seconds, got ${seconds}`);
  const s = Math.ceil(seconds);
  const days = Math.floor(s / 86_400);
  const two = (x: number): string => String(x).padStart(2, '0');
  const hms = `${two(Math.floor((s % 86_400) / 3600))}:${two(Math.floor((s % 3600) / 60))}:${two(s % 60)}`;
  return days > 0 ? `${days}-${hms}` : hms;
}

/**
 * The job for a lab's experiment: for a pool, one task with as many cores as the largest pool
 * (`--ntasks=1 --cpus-per-task=max(pool sizes)`); for an MPI program, one task per rank with one
 * core each (`--ntasks=ranks --cpus-per-task=1`); and the wall-time limit from
 * {@link wallTimeSeconds}.
 *
 * @param lab the lab's id and title
 * @param settings the settings text as the browser's export has it
 * @param query the query of the lab link that reproduces the demo
 * @throws RangeError when the experiment has no worker count, lacks the baseline 1, or has a
 *   count, size or repeat that is not a positive integer (the lab's form refuses those first)
 */
export function clusterJob(lab: { id: string; title: string }, settings: Record<string, string>, query: string, experiment: ClusterExperiment): ClusterJob {
  const workers = poolSizes(experiment);
  const { repeats } = experiment;
  if (workers.length === 0) throw new RangeError('A cluster job needs at least one worker count.');
  if (experiment.kind !== 'mpi' && !workers.includes(1)) throw new RangeError('The worker counts must include 1, the baseline of the speedup.');
  for (const p of workers) if (!Number.isInteger(p) || p < 1) throw new RangeError(`Worker counts must be positive integers, got ${p}.`);
  if (!Number.isInteger(repeats) || repeats < 1) throw new RangeError(`Repeats must be a positive integer, got ${repeats}.`);
  const sizes: [string, number][] =
    experiment.kind === 'speedup' || experiment.kind === 'mpi' ? [['n', experiment.n]] : experiment.kind === 'pi-pool' ? [['tasks', experiment.tasks], ['darts', experiment.darts]] : [['the work W', experiment.work]];
  if (experiment.kind === 'scaling' && !(experiment.serialFraction >= 0 && experiment.serialFraction <= 1)) {
    throw new RangeError(`The serial fraction must be in [0, 1], got ${experiment.serialFraction}.`);
  }
  for (const [name, value] of sizes) if (!Number.isSafeInteger(value) || value < 1) throw new RangeError(`${name} must be a positive integer, got ${value}.`);
  const mpi = experiment.kind === 'mpi';
  const cpusPerTask = mpi ? 1 : Math.max(...workers);
  return {
    lab,
    settings,
    link: labHash(lab.id, query),
    experiment: experiment.kind === 'pi-pool' || mpi ? experiment : { ...experiment, workers },
    name:
      experiment.kind === 'speedup'
        ? `${lab.id}-${experiment.kernel}`
        : experiment.kind === 'scaling'
          ? `${lab.id}-${experiment.mode}`
          : mpi
            ? `${lab.id}-${experiment.program}`
            : lab.id,
    ntasks: mpi ? experiment.ranks : 1,
    cpusPerTask,
    timeLimitSeconds: wallTimeSeconds(experiment, cpusPerTask),
  };
}
