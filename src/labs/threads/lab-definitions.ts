/** Lab-registry entries of the labs in this folder (src/labs/registry.ts lists them all). */
import { defineLab, type LabDefinition } from '../kit/definition.ts';
import { oversubscriptionSettings, threadsSettings } from './threads-settings.ts';

/** The labs of the lesson "Libraries that thread for you", in lesson order. */
export const threadLabs: LabDefinition[] = [
  defineLab({
    id: 'implicit-threads',
    title: 'Implicit threads lab',
    description: 'One library call, dot(A, A), timed with each value of the library’s PL_NUM_THREADS: a team of worker threads on shared memory, as NumPy’s BLAS reads OMP_NUM_THREADS.',
    lesson: 'implicit-threading',
    settings: threadsSettings,
    sharedMemory: true,
    load: () => import('./ImplicitThreadsLab.tsx').then((m) => m.ImplicitThreadsLab),
    examples: { quick: 'n=200&threads=1,2&repeats=2', invalid: { query: 'n=200&threads=2,4&repeats=2', field: 'threads' } },
  }),
  defineLab({
    id: 'nested-threads',
    title: 'Nested threads lab',
    description: 'The same jobs run by p outer workers each calling the threaded library with t threads: p × t equal to the cores, and p × t = cores², with every thread’s timeline.',
    lesson: 'implicit-threading',
    settings: oversubscriptionSettings,
    sharedMemory: true,
    load: () => import('./OversubscriptionLab.tsx').then((m) => m.OversubscriptionLab),
    examples: { quick: 'n=160&jobs=2', invalid: { query: 'n=10&jobs=2', field: 'n' } },
  }),
];
