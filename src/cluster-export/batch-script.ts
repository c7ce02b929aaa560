/**
 * The Slurm batch script of a cluster export: ONE job for the whole sweep, on one node, with one
 * task and as many cores as the largest pool (`--nodes=1 --ntasks=1 --cpus-per-task=max(p)`).
 *
 * Why not one job per worker count, or an array job (one array task per count)? The speedup
 * T(1)/T(p) divides times that must come from the same kind of core under the same load: separate
 * jobs may land on different nodes (or node types) and each waits in the queue on its own, and all
 * tasks of an array job get the same allocation, so the 1-worker task would hold the largest
 * count's cores idle. One job measures every count inside one allocation, as the browser measures
 * every count on the same machine, and writes one results file with the baseline in it. The
 * README shows the array-job variant for a student who wants each count in its own allocation.
 *
 * An MPI program's job is one task per rank (`--ntasks=ranks --cpus-per-task=1`), started with
 * `mpirun`, which reads the allocation from Slurm.
 *
 * Pure: any thread, and Node.
 */
import { poolSizes, slurmTime, type ClusterJob } from './cluster-job.ts';
import { programFileName } from './python-program.ts';

/** The file name of the batch script, e.g. `speedup-integrate.sbatch`. */
export function batchFileName(job: ClusterJob): string {
  return `${job.name}.sbatch`;
}

/**
 * The batch script (bash) of `job`: `#SBATCH` directives for the job name, one node, one task,
 * `--cpus-per-task`, the wall-time limit and the output file, then the program run with the
 * interpreter in `$PYTHON` (default `python3` from PATH, after any `module load` the centre
 * needs), refusing with a message when that interpreter is missing or older than 3.8.
 */
export function batchScript(job: ClusterJob): string {
  if (job.experiment.kind === 'mpi') return mpiBatchScript(job);
  const pools = poolSizes(job.experiment).join(', ');
  const program = programFileName(job);
  return `#!/bin/bash
# ${batchFileName(job)}: the Parallel Lab ${job.lab.title.toLowerCase()}'s sweep as one Slurm job.
#   ${job.link}
# One task with ${job.cpusPerTask} cores runs ${program} on pools of ${pools} workers, so
# every worker count is timed on the same node in the same allocation.
# Submit from this folder:   sbatch ${batchFileName(job)}
#SBATCH --job-name=${job.name}
#SBATCH --nodes=1
#SBATCH --ntasks=1
#SBATCH --cpus-per-task=${job.cpusPerTask}
#SBATCH --time=${slurmTime(job.timeLimitSeconds)}
#SBATCH --output=${job.name}-%j.out
# Most centres also want a project and some a partition: add them here, for example
#   #SBATCH --account=<your project>      (-A: 'projinfo' or your centre's portal names it)
#   #SBATCH --partition=<partition>

set -euo pipefail

# Python 3.8 or newer with only its standard library. On a cluster, load the module your centre
# documents before this line, for example:
#   module load python          (or: module load GCC/12.3.0 Python/3.11.3 at HPC2N)
# or name an interpreter when submitting:   PYTHON=/usr/bin/python3 sbatch ${batchFileName(job)}
PYTHON="\${PYTHON:-python3}"
if ! command -v "$PYTHON" >/dev/null 2>&1; then
  echo "error: no Python interpreter '$PYTHON': load a Python module or set PYTHON" >&2
  exit 1
fi
if ! "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 8))'; then
  echo "error: $("$PYTHON" -V 2>&1) is too old: ${program} needs Python 3.8 or newer" >&2
  exit 1
fi

echo "Job \${SLURM_JOB_ID:-none} on $(hostname): \${SLURM_CPUS_PER_TASK:-?} cores for pools of ${pools} workers, $("$PYTHON" -V 2>&1)"
"$PYTHON" ${program} --output "results-\${SLURM_JOB_ID:-local}.json"
`;
}

/**
 * The batch script of an MPI program's job: `--ntasks` = ranks with one core each, the wall-time
 * limit, the output file; then, after the same interpreter checks (and one for mpi4py), the
 * program on every rank with `mpirun -n "$SLURM_NTASKS"`. Open MPI's mpirun takes its hosts and
 * slots from the Slurm allocation; where the centre documents `srun` for MPI (with PMIx), the
 * script's comment shows that line.
 */
function mpiBatchScript(job: ClusterJob): string {
  const program = programFileName(job);
  const script = batchFileName(job);
  return `#!/bin/bash
# ${script}: the Parallel Lab ${job.lab.title.toLowerCase()}'s program "${job.experiment.kind === 'mpi' ? job.experiment.program : ''}" as one Slurm job.
#   ${job.link}
# ${job.ntasks} tasks (MPI ranks) with one core each run ${program} with mpi4py.
# Submit from this folder:   sbatch ${script}
#SBATCH --job-name=${job.name}
#SBATCH --ntasks=${job.ntasks}
#SBATCH --cpus-per-task=1
#SBATCH --time=${slurmTime(job.timeLimitSeconds)}
#SBATCH --output=${job.name}-%j.out
# Most centres also want a project and some a partition: add them here, for example
#   #SBATCH --account=<your project>
#   #SBATCH --partition=<partition>

set -euo pipefail

# Python 3.8 or newer with mpi4py, and an MPI library. On a cluster, load the modules your centre
# documents before this line, for example:
#   module load GCC/12.3.0 OpenMPI/4.1.5 mpi4py/3.1.4      (names differ between centres)
# or name an interpreter when submitting:   PYTHON=/usr/bin/python3 sbatch ${script}
PYTHON="\${PYTHON:-python3}"
if ! command -v "$PYTHON" >/dev/null 2>&1; then
  echo "error: no Python interpreter '$PYTHON': load a Python module or set PYTHON" >&2
  exit 1
fi
if ! "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 8))'; then
  echo "error: $("$PYTHON" -V 2>&1) is too old: ${program} needs Python 3.8 or newer" >&2
  exit 1
fi
if ! "$PYTHON" -c 'import mpi4py' 2>/dev/null; then
  echo "error: $PYTHON has no mpi4py: load your centre's mpi4py module (or pip install mpi4py)" >&2
  exit 1
fi

echo "Job \${SLURM_JOB_ID:-none} on $(hostname): \${SLURM_NTASKS:-${job.ntasks}} ranks, $("$PYTHON" -V 2>&1)"
# Where the centre runs MPI programs with srun (PMIx), this line is:
#   srun "$PYTHON" ${program} --output "results-\${SLURM_JOB_ID:-local}.json"
mpirun -n "\${SLURM_NTASKS:-${job.ntasks}}" "$PYTHON" ${program} --output "results-\${SLURM_JOB_ID:-local}.json"
`;
}
