/** Lab-registry entries of the labs in this folder (src/labs/registry.ts lists them all). */
import { defineLab, type LabDefinition } from '../kit/definition.ts';
import { overheadSettings } from './overhead-settings.ts';

/** The labs of this folder, in lesson order. */
export const overheadLabs: LabDefinition[] = [
  defineLab({
    id: 'worker-overhead',
    title: 'Worker overhead',
    description: 'What a worker costs before any work is done: the time to start fresh workers and one warm message round trip.',
    lesson: 'worker-pools',
    settings: overheadSettings,
    sharedMemory: false,
    load: () => import('./WorkerOverhead.tsx').then((m) => m.WorkerOverhead),
    examples: {
      quick: 'workers=2&repeats=1&calls=100',
      invalid: { query: 'workers=0&repeats=1&calls=100', field: 'workers' },
    },
  }),
];
