/**
 * Lab-registry entries of the worker-pool labs (src/labs/registry.ts lists them all): the map
 * lab, Monte Carlo pi with a pool, chunk size, oversubscription and the timeline lab
 * (taught in the same lesson).
 */
import { defineLab, type LabDefinition } from '../kit/definition.ts';
import { timelineSettings } from './timeline-settings.ts';
import { chunksizeSettings, oversubscriptionSettings, piPoolSettings } from './compare-settings.ts';
import { mapSettings } from './map-settings.ts';

export const poolLabs: LabDefinition[] = [
  defineLab({
    id: 'pool-map',
    title: 'Pool map lab',
    description: 'pool.map and starmap on real workers: results in input order, chunks, and a live timeline of which worker ran which item.',
    lesson: 'worker-pools',
    settings: mapSettings,
    sharedMemory: false,
    load: () => import('./MapLab.tsx').then((m) => m.MapLab),
    examples: {
      quick: 'task=slowSquare&items=3,1,2&workers=2&chunksize=1',
      invalid: { query: 'task=square&items=1,two&workers=2&chunksize=', field: 'items' },
    },
  }),
  defineLab({
    id: 'pi-pool',
    title: 'Monte Carlo pi with a pool',
    description: "The course's pi exercise: ten sample() calls through pool.map against one big call on one worker, with the estimate and the speedup.",
    lesson: 'worker-pools',
    settings: piPoolSettings,
    sharedMemory: false,
    load: () => import('./PiPoolLab.tsx').then((m) => m.PiPoolLab),
    examples: {
      quick: 'tasks=4&darts=100000&workers=2&repeats=1',
      invalid: { query: 'tasks=4&darts=1,000&workers=2&repeats=1', field: 'darts' },
    },
  }),
  defineLab({
    id: 'chunksize',
    title: 'Chunk size: overhead against balance',
    description: 'The same map with chunk sizes from 1 to large, on tiny tasks (messages dominate) or uneven ones (balance dominates).',
    lesson: 'worker-pools',
    settings: chunksizeSettings,
    sharedMemory: false,
    load: () => import('./CompareLabs.tsx').then((m) => m.ChunksizeLab),
    examples: {
      quick: 'workload=tiny&items=200&workers=2&chunks=1,auto&repeats=1',
      invalid: { query: 'workload=tiny&items=200&workers=2&chunks=1,0&repeats=1', field: 'chunks' },
    },
  }),
  defineLab({
    id: 'oversubscription',
    title: 'Oversubscription: more workers than cores',
    description: 'Equal CPU-bound tasks on 1, the cores, twice and four times the cores: past the cores the wall time stops falling.',
    lesson: 'worker-pools',
    settings: oversubscriptionSettings,
    sharedMemory: false,
    load: () => import('./CompareLabs.tsx').then((m) => m.OversubscriptionLab),
    examples: {
      quick: 'tasks=4&darts=100000&workers=1,2&repeats=1',
      invalid: { query: 'tasks=4&darts=100000&workers=0,2&repeats=1', field: 'workers' },
    },
  }),
  defineLab({
    id: 'timeline',
    title: 'Timeline lab: watch the workers',
    description: 'CPU-bound tasks of equal, random or one-big-last sizes, drawn live as a Gantt chart with each worker\'s utilisation.',
    lesson: 'worker-pools',
    settings: timelineSettings,
    sharedMemory: false,
    load: () => import('./TimelineLab.tsx').then((m) => m.TimelineLab),
    examples: {
      quick: 'sizes=random&tasks=6&darts=100000&workers=2&chunksize=1',
      invalid: { query: 'sizes=random&tasks=6&darts=100000&workers=0&chunksize=1', field: 'workers' },
    },
  }),
];
