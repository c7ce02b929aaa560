/** Lab-registry entries of the MPI-patterns labs (src/labs/registry.ts lists them all). */
import { defineLab, type LabDefinition } from '../kit/definition.ts';
import { haloSettings, hybridSettings, skySettings } from './settings.ts';

export const mpiPatternLabs: LabDefinition[] = [
  defineLab({
    id: 'halo-exchange',
    title: 'Halo exchange',
    description: 'The 1D heat equation split over p ranks, ghost cells refreshed with sendrecv every step, drawn on the message trace and compared with the serial stencil.',
    lesson: 'mpi-patterns',
    settings: haloSettings,
    sharedMemory: false,
    load: () => import('./HaloLab.tsx').then((m) => m.HaloLab),
    examples: { quick: 'ranks=3', invalid: { query: 'ranks=0', field: 'ranks' } },
  }),
  defineLab({
    id: 'sky-sim-files',
    title: 'Sky simulation: a file per rank',
    description: 'ADACS’s sky_sim_mpi pattern: each rank writes its part of a star catalogue to the origin-private file system, a barrier, rank 0 collates and checks.',
    lesson: 'mpi-patterns',
    settings: skySettings,
    sharedMemory: false,
    load: () => import('./SkySimLab.tsx').then((m) => m.SkySimLab),
    examples: { quick: 'ranks=3&stars=20000', invalid: { query: 'ranks=3&stars=lots', field: 'stars' } },
  }),
  defineLab({
    id: 'hybrid-ranks-threads',
    title: 'Hybrid ranks × threads',
    description: 'The 2D integral on p workers as p ranks, as ranks that each start a team of threads sharing memory, and as p threads, timed with the messages each needs.',
    lesson: 'mpi-patterns',
    settings: hybridSettings,
    sharedMemory: true,
    load: () => import('./HybridLab.tsx').then((m) => m.HybridLab),
    examples: { quick: 'workers=2&n=800&repeats=2', invalid: { query: 'workers=2&n=800&repeats=0', field: 'repeats' } },
  }),
];
