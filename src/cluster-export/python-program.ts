/**
 * The Python program of a cluster export: a self-contained script in the courses' style
 * (`multiprocessing.Pool`, `if __name__ == "__main__":`) that repeats the browser's experiment —
 * the same kernel, n, seed, row decomposition, worker counts and repeats, one discarded warm-up
 * per worker count — and writes every timed run as JSON in the lab kit's results format
 * (src/labs/kit/export-schema.ts), with a description of the machine and of its Slurm allocation.
 * One program per lab: the speedup lab's sweep (integrate or pi), the pi pool lab's single call
 * against `pool.map`, and the scaling lab's job with a serial fraction (strong or weak).
 *
 * The digits are the browser's: the integral's rows are split as `blockRows` splits them and the
 * partial sums added in rank order (Python's `math.sin` and V8's agree), and the darts of Monte
 * Carlo pi come from a Python port of this project's xoshiro128** streams (src/kernels/
 * xoshiro128.ts: same seeding, same jump), so the same seed gives the same count of hits.
 *
 * Pure: any thread, and Node.
 */
import type { ClusterExperiment, ClusterJob } from './cluster-job.ts';
import { INTEGRATE_KERNEL, PI_SAMPLER, PI_SPEEDUP_TASKS, SCALING_WORKLOAD } from './python-kernels.ts';
import { IMPORTS, MACHINE_AND_OUTPUT, py, wrap } from './python-common.ts';
import { MPI_INTEGRATE_MAIN, MPI_PI_MAIN } from './python-mpi.ts';

/** The file name of the program, e.g. `speedup_integrate.py`. */
export function programFileName(job: ClusterJob): string {
  return `${job.name.replace(/[^A-Za-z0-9]+/g, '_')}.py`;
}

/** The speedup lab's sweep: time each pool size, then the table and the results file. */
const SPEEDUP_MAIN = `
def time_runs(p):
    """One warm-up run (thrown away: it starts the pool's processes) and REPEATS timed
    runs on a Pool of p processes: the wall time of each run in ms, and its result."""
    tasks = tasks_for(p)
    runs = []
    with Pool(p) as pool:
        pool.map(block, tasks, chunksize=1)
        for repeat in range(REPEATS):
            start = time.perf_counter()
            parts = pool.map(block, tasks, chunksize=1)
            ms = (time.perf_counter() - start) * 1000
            runs.append((repeat, ms, combine(parts)))
    return runs


def main():
    args = parse_args()
    cores = allocated_cores()
    warn_oversubscription(WORKERS, cores)
    runs, summary, baseline = [], [], None
    print(f"{'workers':>7}  {'median ms':>10}  {'speedup':>7}  {'efficiency':>10}  result")
    for p in WORKERS:
        timed = time_runs(p)
        series = f"{p} worker" + ("" if p == 1 else "s")
        for repeat, ms, value in timed:
            runs.append({"series": series, "workers": p, "repeat": repeat, "ms": ms, "value": value, "text": "%e" % value})
        times = [ms for _, ms, _ in timed]
        median = statistics.median(times)
        if p == 1:
            baseline = median
        speedup = baseline / median if baseline is not None and median > 0 else None
        efficiency = speedup / p if speedup is not None else None
        text = "%e" % timed[-1][2]
        summary.append({"workers": p, "median_ms": median, "min_ms": min(times), "max_ms": max(times),
                        "speedup": speedup, "efficiency": efficiency, "result": text, "noisy": noisy(times)})
        shown = "-" if speedup is None else f"{speedup:.2f}"
        shown_eff = "-" if efficiency is None else f"{efficiency:.0%}"
        print(f"{p:>7}  {median:>10.1f}  {shown:>7}  {shown_eff:>10}  {text}", flush=True)
    write_results(args, cores, runs, summary)


if __name__ == "__main__":
    main()
`;

/** The pi pool lab's comparison: one call on one process against pool.map on WORKERS. */
const PI_POOL_MAIN = `

def timed_sample(args):
    """sample(*args) and the seconds it took inside its worker (for the pool's utilisation)."""
    start = time.perf_counter()
    darts, inside = sample(*args)
    return darts, inside, time.perf_counter() - start


def default_chunksize(items, workers):
    """Python's own Pool.map chunk size: items / (4 * workers), rounded up."""
    chunksize, extra = divmod(items, 4 * workers)
    return max(1, chunksize + 1 if extra else chunksize)


def variants():
    """The two variants of the lab: (label, pool size, the calls' arguments), calls on streams
    0 (the single call) and 1..TASKS (the map's calls), as in the browser."""
    total = TASKS * DARTS
    plural = "" if WORKERS == 1 else "s"
    return [
        (f"sample({total:,}) on 1 worker", 1, [(total, SEED, 0)]),
        (f"pool.map(sample, [{DARTS:,}] \u00d7 {TASKS}) on {WORKERS:,} worker{plural}", WORKERS, [(DARTS, SEED, k + 1) for k in range(TASKS)]),
    ]


def main():
    args = parse_args()
    cores = allocated_cores()
    warn_oversubscription([WORKERS], cores)
    runs, summary, baseline = [], [], None
    print(f"{'median ms':>10}  {'speedup':>7}  {'pi':>9}  variant")
    for label, p, calls in variants():
        chunksize = default_chunksize(len(calls), p)
        chunks = -(-len(calls) // chunksize)
        timed = []
        with Pool(p) as pool:
            pool.map(timed_sample, calls, chunksize=chunksize)
            for repeat in range(REPEATS):
                start = time.perf_counter()
                results = pool.map(timed_sample, calls, chunksize=chunksize)
                wall = time.perf_counter() - start
                darts = sum(r[0] for r in results)
                inside = sum(r[1] for r in results)
                busy = sum(r[2] for r in results)
                timed.append((repeat, wall * 1000, 4 * inside / darts, min(1.0, busy / (p * wall)), [r[2] * 1000 for r in results]))
        for repeat, ms, estimate, utilisation, _ in timed:
            runs.append({"series": label, "workers": p, "repeat": repeat, "ms": ms, "chunksize": chunksize, "chunks": chunks,
                         "utilisation": utilisation, "value": estimate})
        times = [t[1] for t in timed]
        median = statistics.median(times)
        if baseline is None:
            baseline = median
        speedup = baseline / median if median > 0 else None
        last = timed[-1]
        summary.append({"variant": label, "workers": p, "chunksize": chunksize, "chunks": chunks, "median_ms": median,
                        "min_ms": min(times), "max_ms": max(times), "speedup": speedup,
                        "median_item_ms": statistics.median(last[4]), "utilisation": last[3], "noisy": noisy(times),
                        "pi_estimate": last[2]})
        shown = "-" if speedup is None else f"{speedup:.2f}"
        print(f"{median:>10.1f}  {shown:>7}  {last[2]:>9.6f}  {label}", flush=True)
    write_results(args, cores, runs, summary)


if __name__ == "__main__":
    main()
`;

/** The scaling lab's sweep: the serial phase, then the parallel phase, on each pool size. */
const SCALING_MAIN = `

def run_once(pool, p):
    """One run on p processes: the serial part on one of them while the others wait, then
    the parallel shares on all p (process k + 1's phase is k + 1). Returns the phases' wall
    times in ms and the checksum of every result."""
    serial, shares = plan_workload(p)
    checksum = 0.0
    t0 = time.perf_counter()
    if serial > 0:
        checksum += pool.apply(work, ((serial, 0),))
    t1 = time.perf_counter()
    for value in pool.map(work, [(n, rank + 1) for rank, n in enumerate(shares)], chunksize=1):
        checksum += value
    t2 = time.perf_counter()
    return (t1 - t0) * 1000, (t2 - t1) * 1000, checksum


def main():
    args = parse_args()
    cores = allocated_cores()
    warn_oversubscription(WORKERS, cores)
    runs, summary, baseline = [], [], None
    print(f"{'workers':>7}  {'median ms':>10}  {'serial ms':>9}  {'speedup':>7}  {'Karp-Flatt':>10}")
    for p in WORKERS:
        with Pool(p) as pool:
            run_once(pool, p)
            timed = [run_once(pool, p) for _ in range(REPEATS)]
        series = f"{p} worker" + ("" if p == 1 else "s")
        for repeat, (serial_ms, parallel_ms, checksum) in enumerate(timed):
            runs.append({"series": series, "workers": p, "repeat": repeat, "ms": serial_ms + parallel_ms,
                         "value": checksum, "serial_ms": serial_ms, "parallel_ms": parallel_ms})
        times = [s + q for s, q, _ in timed]
        median = statistics.median(times)
        if p == 1:
            baseline = median
        # Strong scaling: T(1) / T(p). Weak scaling's scaled speedup needs the phases: the lab
        # computes it from serial_ms and parallel_ms.
        speedup = baseline / median if MODE == "strong" and baseline is not None and median > 0 else None
        karp_flatt = (1 / speedup - 1 / p) / (1 - 1 / p) if speedup and p > 1 else None
        summary.append({"workers": p, "median_ms": median, "min_ms": min(times), "max_ms": max(times),
                        "speedup": speedup, "efficiency": speedup / p if speedup else None, "karp_flatt": karp_flatt,
                        "serial_ms": statistics.median([s for s, _, _ in timed]),
                        "parallel_ms": statistics.median([q for _, q, _ in timed]),
                        "oversubscribed": p > cores, "noisy": noisy(times)})
        shown = "-" if speedup is None else f"{speedup:.2f}"
        shown_kf = "-" if karp_flatt is None else f"{karp_flatt:.3f}"
        print(f"{p:>7}  {median:>10.1f}  {summary[-1]['serial_ms']:>9.1f}  {shown:>7}  {shown_kf:>10}", flush=True)
    write_results(args, cores, runs, summary)


if __name__ == "__main__":
    main()
`;

/** The docstring's sentence on what the program computes, and its constants. */
function experimentText(e: ClusterExperiment): { what: string; constants: string; kernel: string; main: string } {
  if (e.kind === 'mpi') {
    const integral = e.program === 'integrate-reduce';
    return {
      what: integral
        ? `the midpoint rule for the integral of sin(x + y) over [0, pi]^2 on a ${e.n} x ${e.n} grid, each of the
${e.ranks} ranks summing its block of rows and rank 0 combining the partial integrals (${e.order === 'tree' ? "mpi4py's comm.reduce" : 'in rank order'}), once`
        : `Monte Carlo pi with ${e.n} darts shared among ${e.ranks} ranks, rank r drawing from stream r of seed ${e.seed},
the counts gathered on rank 0, once`,
      constants: `PROGRAM = ${py(e.program)}\nN = ${e.n}\n${integral ? `ORDER = ${py(e.order)}` : `SEED = ${e.seed}`}\nRANKS = ${e.ranks}  # mpirun -n ${e.ranks} (the batch script asks Slurm for ${e.ranks} tasks)`,
      kernel: integral ? INTEGRATE_KERNEL : PI_SAMPLER,
      main: integral ? MPI_INTEGRATE_MAIN : MPI_PI_MAIN,
    };
  }
  if (e.kind === 'scaling') {
    return {
      what: `a job of W = ${e.work} sin evaluations with a serial fraction f = ${e.serialFraction}
(${e.mode} scaling: ${e.mode === 'strong' ? 'W fixed, the parallel part shared by p processes' : 'each of p processes gets (1 - f) W'}), on ${e.workers.join(', ')}
workers, with one warm-up run that is thrown away and then ${e.repeats} timed runs per worker count`,
      constants: `SERIAL_FRACTION = ${e.serialFraction}\nWORK = ${e.work}\nMODE = ${py(e.mode)}\nWORKERS = ${py(e.workers)}\nREPEATS = ${e.repeats}`,
      kernel: SCALING_WORKLOAD,
      main: SCALING_MAIN,
    };
  }
  if (e.kind === 'pi-pool') {
    return {
      what: `Monte Carlo pi as the course's exercise: one sample(${e.tasks * e.darts}) call on one process,
then pool.map(sample, [${e.darts}] * ${e.tasks}) on a Pool of ${e.workers} (Python's default chunk size), each
call on its own stream of seed ${e.seed}, with one warm-up run that is thrown away and then ${e.repeats}
timed runs of each`,
      constants: `TASKS = ${e.tasks}\nDARTS = ${e.darts}\nSEED = ${e.seed}\nWORKERS = ${e.workers}\nREPEATS = ${e.repeats}`,
      kernel: PI_SAMPLER,
      main: PI_POOL_MAIN,
    };
  }
  const computes =
    e.kernel === 'integrate'
      ? `the midpoint rule for the integral of sin(x + y) over [0, pi]^2 on a ${e.n} x ${e.n} grid, split into row blocks`
      : `Monte Carlo pi with ${e.n} darts split among the workers, seed ${e.seed}`;
  return {
    what: `${computes}, on ${e.workers.join(', ')} workers (a multiprocessing Pool of each
size), with one warm-up run that is thrown away and then ${e.repeats} timed runs per worker count`,
    constants: `KERNEL = ${py(e.kernel)}\nN = ${e.n}\n${e.kernel === 'pi' ? `SEED = ${e.seed}\n` : ''}WORKERS = ${py(e.workers)}\nREPEATS = ${e.repeats}`,
    kernel: e.kernel === 'integrate' ? INTEGRATE_KERNEL : PI_SAMPLER + PI_SPEEDUP_TASKS,
    main: SPEEDUP_MAIN,
  };
}

/**
 * The Python program of `job`: stdlib only (Python 3.8 or newer), so `python3` of any cluster
 * module runs it. It writes `results-<SLURM_JOB_ID>.json` (or `results-local.json`, or the
 * file named by `--output`) and prints a table of medians and speedups.
 */
export function pythonProgram(job: ClusterJob): string {
  const file = programFileName(job);
  const t = experimentText(job.experiment);
  const mpi = job.experiment.kind === 'mpi';
  const usage = mpi
    ? `    mpirun -n ${job.ntasks} python3 ${file}    # here (mpi4py), or inside a Slurm job (see the batch script)`
    : `    python3 ${file}                      # here, or inside a Slurm job (see the batch script)`;
  return `#!/usr/bin/env python3
"""${file}: the Parallel Lab ${job.lab.title}'s experiment, run with ${mpi ? 'mpi4py' : 'multiprocessing'}.

Generated by Parallel Lab from the lab link
    ${job.link}
${wrap(`It computes ${t.what}, as the browser does. Every timed run goes into a JSON file in Parallel Lab's results format: bring it back to the lab with "Add results from a file" to see this machine beside the browser.`)}

${usage}
    ${mpi ? `mpirun -n ${job.ntasks} ` : ''}python3 ${file} --output mine.json --machine "my laptop"
"""
${IMPORTS}
${mpi ? 'from mpi4py import MPI' : 'from multiprocessing import Pool'}

# The experiment, as set in the lab.
${t.constants}

# What the results file says about the lab, so the lab can chart it beside its own runs.
LAB = {"id": ${py(job.lab.id)}, "title": ${py(job.lab.title)}}
SETTINGS = ${py(job.settings)}
LINK = ${py(job.link)}
${t.kernel}${MACHINE_AND_OUTPUT}
${t.main}`;
}
