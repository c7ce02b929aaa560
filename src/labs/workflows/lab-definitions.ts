/** Lab-registry entries of the labs in this folder (src/labs/registry.ts lists them all). */
import { defineLab, type LabDefinition } from '../kit/definition.ts';
import { workflowSettings } from './workflow-settings.ts';

/** The labs of this folder (the workflows lesson), in lesson order. */
export const workflowLabs: LabDefinition[] = [
  defineLab({
    id: 'workflow',
    title: 'Workflow lab',
    description: 'The ENCCS word-count workflow as a Snakemake-style DAG of jobs on workers: drawn live, rerun only where outdated, timed at several -j, and downloadable for real Snakemake.',
    lesson: 'workflows',
    settings: workflowSettings,
    sharedMemory: false,
    load: () => import('./WorkflowLab.tsx').then((m) => m.WorkflowLab),
    examples: {
      quick: 'books=3&words=20_000&j=2&targets=all&dryrun=no&acf=no&compare=1,2',
      invalid: { query: 'books=3&words=20_000&j=0&targets=all&dryrun=no&acf=no&compare=1,2', field: 'j' },
    },
  }),
];
