/**
 * The batch scripts the cluster lab starts from. Each is also shown in lesson 12 ("Running on a
 * cluster"), and cluster/lesson-batch.test.ts submits every one of them to a real Slurm: the good
 * ones must complete, the broken one must be refused by real sbatch as the browser refuses it.
 * Pure: any thread, and Node.
 */

/** An example's id (the lab link's `example=`). */
export type ExampleId = 'underuse' | 'sized' | 'array' | 'broken';

/** One example script. */
export interface ClusterExample {
  id: ExampleId;
  /** Label in the lab's select. */
  label: string;
  /** File name the lesson gives it. */
  file: string;
  script: string;
}

const underuse = `#!/bin/bash
#SBATCH --job-name=underuse
#SBATCH --ntasks=1
#SBATCH --cpus-per-task=5
#SBATCH --time=00:10:00

# The HPC2N challenge: five cores booked, a pool of four started.
python3 integrate_job.py --n 4000 --workers 4
`;

const sized = `#!/bin/bash
#SBATCH --job-name=sized
#SBATCH --ntasks=1
#SBATCH --cpus-per-task=5
#SBATCH --time=00:10:00

python3 where_am_i.py
# One process per allocated core, read from the allocation.
python3 integrate_job.py --n 4000 --workers "$SLURM_CPUS_PER_TASK"
`;

const array = `#!/bin/bash
#SBATCH --job-name=grid-sizes
#SBATCH --array=1-4%2
#SBATCH --ntasks=1
#SBATCH --cpus-per-task=2
#SBATCH --time=00:10:00
#SBATCH --output=grid-%A_%a.out

echo "task $SLURM_ARRAY_TASK_ID of array job $SLURM_ARRAY_JOB_ID"
python3 integrate_job.py --n "\${SLURM_ARRAY_TASK_ID}000"
`;

const broken = `#!/bin/bash
#SBATCH --job-name=broken
#SBATCH --ntask=4
#SBATCH --cpus-per-task=FIXME
#SBATCH --time=20:00:00:00

python3 integrate_job.py
`;

/** The examples, in the order of the lab's select. */
export const CLUSTER_EXAMPLES: readonly ClusterExample[] = [
  { id: 'underuse', label: '4 workers in 5 cores (the HPC2N challenge)', file: 'underuse.sh', script: underuse },
  { id: 'sized', label: 'Pool sized from SLURM_CPUS_PER_TASK', file: 'sized.sh', script: sized },
  { id: 'array', label: 'Job array of 4 tasks, 2 at a time', file: 'array.sh', script: array },
  { id: 'broken', label: 'Three broken directives', file: 'broken.sh', script: broken },
];

/** The example with `id` (the first for an unknown id). */
export function exampleById(id: string): ClusterExample {
  return CLUSTER_EXAMPLES.find((e) => e.id === id) ?? CLUSTER_EXAMPLES[0]!;
}
