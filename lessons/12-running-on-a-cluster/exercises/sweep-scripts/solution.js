// The batch script of the sweep's job for p cores (the HPC2N exercise: 1, 2, 4, 8, 12 and 14).
// One task with p cores; the pool size comes from the allocation, so it always matches the request.
function jobScript(p) {
  return `#!/bin/bash
#SBATCH --job-name=sweep-${p}
#SBATCH --ntasks=1
#SBATCH --cpus-per-task=${p}
#SBATCH --time=00:20:00

python3 integrate_job.py --n 2000 --workers "$SLURM_CPUS_PER_TASK"
`;
}

function main() {
  console.log(jobScript(4));
}
