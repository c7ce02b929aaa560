/**
 * The README of a cluster export: what is in the zip, how to run the program on a laptop, how to
 * submit the batch script and follow the job (`sbatch`, `squeue`, `scontrol show job`,
 * `scancel`), how to adapt it to a centre (modules, account), and how to bring the results back
 * into the lab with "Add results from a file". Markdown.
 *
 * Pure: any thread, and Node.
 */
import { batchFileName } from './batch-script.ts';
import { poolSizes, slurmTime, type ClusterJob, type ClusterExperiment } from './cluster-job.ts';
import { programFileName } from './python-program.ts';

/** The file name of the README in the zip. */
export const README_FILE = 'README.md';

/** What the program computes, in a sentence of the README. */
function what(e: ClusterExperiment): string {
  if (e.kind === 'mpi') {
    return e.program === 'integrate-reduce'
      ? `the 2D midpoint integral of sin(x + y) over [0, π]² on a ${e.n} × ${e.n} grid, each of ${e.ranks} MPI ranks summing its block of rows exactly as the browser splits them, rank 0 combining the partial integrals ${e.order === 'tree' ? "with mpi4py's `comm.reduce` (the lab's order=tree)" : 'in rank order (the lab\'s default), so the digits are the browser\'s'}`
      : `Monte Carlo π with ${e.n} darts shared among ${e.ranks} MPI ranks, rank r drawing from stream r of seed ${e.seed} (a Python port of the browser's xoshiro128** generator, so every rank's count is the browser's), the counts gathered on rank 0. Pure Python throws darts about 100 times slower than the browser's JavaScript, so many darts take a while`;
  }
  if (e.kind === 'pi-pool') {
    return `the course's Monte Carlo π exercise, one \`sample(${e.tasks * e.darts})\` call on one process against \`pool.map(sample, [${e.darts}] * ${e.tasks})\` on a pool of ${e.workers}, every call drawing from its own stream of seed ${e.seed} (a Python port of the browser's xoshiro128** generator, so the estimates are the browser's). Pure Python throws darts about 100 times slower than the browser's JavaScript, so many darts take a while`;
  }
  if (e.kind === 'scaling') {
    return `the scaling lab's job of W = ${e.work} sin evaluations with a serial fraction f = ${e.serialFraction} (${e.mode} scaling), its serial part on one process while the others wait, its parallel part ${e.mode === 'strong' ? 'shared by' : 'given in full to each of'} the p processes, as HPC Carpentry's \`amdahl\` program does`;
  }
  return e.kernel === 'integrate'
    ? `the 2D midpoint integral of sin(x + y) over [0, π]² on a ${e.n} × ${e.n} grid, split into contiguous blocks of rows exactly as the browser splits them, the partial integrals added in rank order: ${e.impl === 'js' ? "the integral's digits are the browser's" : `the integral's digits are those of the browser's JavaScript kernel (\`impl=js\`); the lab ran \`impl=${e.impl}\`, whose WebAssembly computes its own sine${e.impl === 'simd' ? ' and adds in four lanes' : ''}, so its last digits differ from this program's`}`
    : `Monte Carlo π with ${e.n} darts and seed ${e.seed}; the darts come from a Python port of the browser's xoshiro128** generator (same seeding, stream k of worker k after k jumps), so the same worker count gives the same count of hits as the browser${e.impl === 'simd' ? "'s JavaScript and scalar WebAssembly kernels (the lab ran `impl=simd`, whose four lanes draw from other streams, so its counts differ within the statistical error)" : ''}. Pure Python throws darts about 100 times slower than the browser's JavaScript, so large n takes a while`;
}

/** The README's note on turning the sweep into an array job, one task per worker count. */
function arrayJob(job: ClusterJob, workers: readonly number[]): string {
  return `To give each worker count an allocation of its own instead, make it an **array job** (one array
task per count), with every task writing its own results file:

    #SBATCH --array=0-${workers.length - 1}
    #SBATCH --cpus-per-task=${job.cpusPerTask}

and in the program set \`WORKERS = [[${workers.join(', ')}][int(os.environ["SLURM_ARRAY_TASK_ID"])]]\`,
a one-element list. All tasks of an array get the same \`--cpus-per-task\`; for exactly p cores per
count, submit one job per count instead: \`sbatch --cpus-per-task=p ...\`.

`;
}

/** The README of an MPI program's export: mpirun here, sbatch there, and the ranks' output. */
function mpiReadme(job: ClusterJob): string {
  const program = programFileName(job);
  const script = batchFileName(job);
  return `# Run the ${job.lab.title.toLowerCase()}'s program on a cluster

This folder repeats the program of the Parallel Lab link (after the course site's address,
as in \`https://<the course site>/${job.link}\`)

    ${job.link}

with mpi4py, on a machine of your own or on a cluster with the Slurm scheduler: ${what(job.experiment)}.

| file | what it is |
| --- | --- |
| \`${program}\` | the program (Python 3.8 or newer with mpi4py), started once per rank |
| \`${script}\` | the Slurm batch script: ${job.ntasks} tasks, one core each |
| \`README.md\` | this file |

## Run it here

    mpirun -n ${job.ntasks} python3 ${program}

Every rank prints what it prints in the lab; rank 0 writes \`results-local.json\`.

## Run it on a cluster

    sbatch ${script}          # prints: Submitted batch job <id>
    squeue --me               # PD while it waits for ${job.ntasks} cores, R while it runs
    scontrol show job <id>    # its state, node, and limits (sacct too, where accounting is on)
    scancel <id>              # if you change your mind

The script asks for \`--ntasks=${job.ntasks}\` (${job.ntasks} MPI processes, which may land on several nodes)
with one core each and a wall-time limit of ${slurmTime(job.timeLimitSeconds)}, and starts the program with \`mpirun\`,
which takes the hosts and slots from the allocation. Load your centre's Python, MPI and mpi4py
modules first (see the comments in the script). The ranks' output goes to \`${job.name}-<id>.out\`.

## Bring the results back

Download \`results-<id>.json\`: it is in the lab's own results format (\`parallel-lab.results\`,
version 1), with the run's wall time and what every rank printed, so it sits beside the lab's
**Download JSON** of the same program.
`;
}

/** The README (Markdown) of `job`'s export. */
export function readme(job: ClusterJob): string {
  const e = job.experiment;
  if (e.kind === 'mpi') return mpiReadme(job);
  const program = programFileName(job);
  const script = batchFileName(job);
  const pools = poolSizes(e);
  return `# Run the ${job.lab.title.toLowerCase()} on a cluster

This folder repeats the experiment of the Parallel Lab link (after the course site's address,
as in \`https://<the course site>/${job.link}\`)

    ${job.link}

on a machine of your own or on a cluster with the Slurm scheduler: ${what(e)}. It runs on pools of
${pools.join(', ')} workers (Python's \`multiprocessing.Pool\`), each with one warm-up run that is
thrown away and then ${e.repeats} timed runs, as the lab does.

| file | what it is |
| --- | --- |
| \`${program}\` | the program: standard-library Python 3.8 or newer, writes \`results-<job id>.json\` |
| \`${script}\` | the Slurm batch script: one job, one node, one task with ${job.cpusPerTask} cores, at most ${slurmTime(job.timeLimitSeconds)} |
| \`${README_FILE}\` | this file |

## Try it first on your own machine

    python3 ${program}

It prints one line per worker count (median time, speedup, efficiency and the result) and writes
\`results-local.json\`. \`--output FILE\` names the file, \`--machine NAME\` the label it gets on the
lab's chart (by default the Slurm cluster's name, or the host name).

## Submit it to Slurm

Copy the folder to the cluster (\`scp -r\` or your centre's file transfer), log in, and from the
folder:

1. Load a Python: \`module load python\` (the name differs between centres: \`module spider python\`
   lists them; at HPC2N for example \`module load GCC/12.3.0 Python/3.11.3\`). The job inherits the
   modules loaded when you submit; you can also put the \`module load\` line in the script, or name
   an interpreter: \`PYTHON=/usr/bin/python3 sbatch ${script}\`.
2. Add your project to the script if your centre needs one (\`#SBATCH --account=<project>\`, or
   \`sbatch -A <project> ${script}\`), and a partition if it has several.
3. Submit: \`sbatch ${script}\`. Slurm answers \`Submitted batch job <id>\`.
4. Follow it: \`squeue -u $USER\` lists your jobs (state \`PD\` pending, \`R\` running; a finished job
   leaves the list), and \`scontrol show job <id>\` shows one job's state, its allocation
   (\`NumCPUs\`, \`NodeList\`) and why it waits (\`Reason=\`). \`scancel <id>\` cancels it.
   Where the centre keeps accounting, \`sacct -j <id>\` shows the job after it ended.
5. When it is done, \`${job.name}-<id>.out\` holds what the program printed and
   \`results-<id>.json\` the timed runs.

### Why one job, and not one job per worker count

The script asks for one task with ${job.cpusPerTask} cores (\`--ntasks=1 --cpus-per-task=${job.cpusPerTask}\`),
as many as the largest pool, and runs every worker count inside that one allocation. A speedup
divides the 1-worker time by the p-worker time, so both must be measured on the same node under the
same conditions; separate jobs can land on different nodes and each waits in the queue. The price:
while the small pools run, the other cores of the allocation are idle (node-hours are counted for
the whole allocation).

${e.kind === 'speedup' || e.kind === 'scaling' ? arrayJob(job, e.workers) : ''}### The cores your program sees

Inside the job \`SLURM_CPUS_PER_TASK\` is ${job.cpusPerTask}. \`os.cpu_count()\` counts every core of the
node, not those of your allocation, so \`Pool()\` without a size can start more processes than you
were given; the program sizes its pools from the lab's worker counts and records the allocation
(\`SLURM_CPUS_PER_TASK\`, else the CPUs of its affinity mask) as the results' \`cores\`, and warns when
a pool is larger.

## Bring the results back

Download \`results-<id>.json\` to your computer, open the lab at the link above and choose **Add
results from a file**: the cluster's runs are charted beside the browser's, labelled with the
machine's name. Several files at once work too, so a class can compare its machines. The file is
in the lab's own results format (\`parallel-lab.results\`, version 1), the same as the lab's
**Download JSON**.
`;
}
