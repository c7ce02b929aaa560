/** Lab-registry entry of the message-passing lab (src/labs/registry.ts lists them all). */
import { defineLab, type LabDefinition } from '../kit/definition.ts';
import { mpiSettings } from './settings.ts';

export const mpiLabs: LabDefinition[] = [
  defineLab({
    id: 'mpi',
    title: 'Message-passing lab',
    description: 'A rank program of the lesson (hello, send/recv, bcast, reduce, a deadlock…) run on p worker ranks, with each rank’s output and a sequence diagram of every message.',
    lesson: 'point-to-point',
    settings: mpiSettings,
    sharedMemory: false,
    load: () => import('./MpiLab.tsx').then((m) => m.MpiLab),
    examples: {
      quick: 'program=hello&ranks=2',
      invalid: { query: 'program=hello&ranks=17', field: 'ranks' },
    },
  }),
];
