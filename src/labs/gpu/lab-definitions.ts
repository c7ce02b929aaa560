/** Lab-registry entries of the labs in this folder (src/labs/registry.ts lists them all). */
import { defineLab, type LabDefinition } from '../kit/definition.ts';
import { throughputSettings, vectorAddSettings } from './settings.ts';

/** The labs of this folder (the GPU lesson), in lesson order. */
export const gpuLabs: LabDefinition[] = [
  defineLab({
    id: 'gpu-vector-add',
    title: 'Vector add: where the GPU’s time goes',
    description: 'The UPPMAX c = a + b on the GPU at growing lengths, split into upload, compute and download, beside the same loop on the CPU.',
    lesson: 'gpus',
    settings: vectorAddSettings,
    sharedMemory: false,
    load: () => import('./VectorAddLab.tsx').then((m) => m.VectorAddLab),
    examples: {
      quick: 'sizes=1000,100000&repeats=1',
      invalid: { query: 'sizes=1e4,1e9&repeats=1', field: 'sizes' },
    },
  }),
  defineLab({
    id: 'gpu-throughput',
    title: 'GPU throughput lab',
    description: 'Monte Carlo π or the 2D integral at growing sizes on CPU workers and on the GPU: throughput against size, and where the GPU overtakes.',
    lesson: 'gpus',
    settings: throughputSettings,
    sharedMemory: false,
    load: () => import('./ThroughputLab.tsx').then((m) => m.ThroughputLab),
    examples: {
      quick: 'kernel=integrate&sizes=100,300&workers=1&repeats=1',
      invalid: { query: 'kernel=pi&sizes=1e4&workers=1', field: 'sizes' },
    },
  }),
];
