/** Lab-registry entries of the labs in this folder (src/labs/registry.ts lists them all). */
import { defineLab, type LabDefinition } from '../kit/definition.ts';
import { clusterSettings } from './cluster-settings.ts';

/** The labs of this folder (the cluster lesson), in lesson order. */
export const clusterLabs: LabDefinition[] = [
  defineLab({
    id: 'cluster',
    title: 'This browser as a one-node cluster',
    description: 'Write a batch script: its #SBATCH lines checked as sbatch checks them, the job queued on a modelled node, run on real workers capped at its allocation, with a per-core usage chart.',
    lesson: 'running-on-a-cluster',
    settings: clusterSettings,
    sharedMemory: false,
    load: () => import('./ClusterLab.tsx').then((m) => m.ClusterLab),
    examples: {
      quick: 'node=8&example=underuse',
      invalid: { query: 'node=8&example=broken', field: 'script' },
    },
  }),
];
