// The batch script of the sweep's job for p cores (the HPC2N exercise: 1, 2, 4, 8, 12 and 14).
function jobScript(p) {
  return `#!/bin/bash
#SBATCH --job-name=sweep-${p}
#SBATCH --ntasks=1
#SBATCH --cpus-per-task=FIXME
#SBATCH --time=00:20:00

python3 integrate_job.py --n 2000 --workers FIXME
`;
}

function main() {
  console.log(jobScript(4));
}
