/**
 * The lab registry: every lab of the site, in lesson order, each declared once in the
 * `lab-definitions.ts` of its folder (id, title, one-line description, lesson, settings, loader,
 * example links). The lab pages (`#/lab/<id>`), the embeds (`#/embed/<id>`), the index
 * (`#/labs`) and the browser tests iterate over it.
 *
 * Pure apart from the lazy loaders: importing it loads no lab code.
 */
import type { LabDefinition } from './kit/definition.ts';
import { whyParallelLabs } from './why-parallel/lab-definitions.ts';
import { oneThreadLabs } from './one-thread/lab-definitions.ts';
import { speedupLabs } from './speedup/lab-definitions.ts';
import { overheadLabs } from './overhead/lab-definitions.ts';
import { poolLabs } from './pool/lab-definitions.ts';
import { taskFarmLabs } from './task-farm/lab-definitions.ts';
import { scalingLabs } from './scaling/lab-definitions.ts';
import { sharedMemoryLabs } from './shared-memory/lab-definitions.ts';
import { mpiLabs } from './mpi/lab-definitions.ts';
import { gpuLabs } from './gpu/lab-definitions.ts';
import { workflowLabs } from './workflows/lab-definitions.ts';
import { clusterLabs } from './cluster/lab-definitions.ts';
import { compiledLabs } from './compiled/lab-definitions.ts';
import { mpiPatternLabs } from './mpi-patterns/lab-definitions.ts';
import { measureFirstLabs } from './measure-first/lab-definitions.ts';
import { poolLifecycleLabs } from './pool-lifecycle/lab-definitions.ts';
import { threadLabs } from './threads/lab-definitions.ts';

/** Every lab, in the order of the lessons that teach with them. */
export const LABS: readonly LabDefinition[] = [
  ...whyParallelLabs,
  ...oneThreadLabs,
  ...speedupLabs,
  ...overheadLabs,
  ...poolLabs,
  ...taskFarmLabs,
  ...scalingLabs,
  ...sharedMemoryLabs,
  ...mpiLabs,
  ...gpuLabs,
  ...workflowLabs,
  ...clusterLabs,
  ...compiledLabs,
  ...mpiPatternLabs,
  ...threadLabs,
  ...measureFirstLabs,
  ...poolLifecycleLabs,
];

/** The lab registered as `id`, or undefined. */
export function labById(id: string): LabDefinition | undefined {
  return LABS.find((lab) => lab.id === id);
}
