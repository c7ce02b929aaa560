/** Lab-registry entries of the labs in this folder (src/labs/registry.ts lists them all). */
import { defineLab, type LabDefinition } from '../kit/definition.ts';
import { bandwidthSettings, latencySettings, profileSettings } from './settings.ts';

/** The labs of this folder (the measure-first lesson), in lesson order. */
export const measureFirstLabs: LabDefinition[] = [
  defineLab({
    id: 'stage-profile',
    title: 'Profiling lab',
    description: 'A four-stage program timed stage by stage in a worker: the hot stage, the serial fraction and the Amdahl bound it sets.',
    lesson: 'measure-first',
    settings: profileSettings,
    sharedMemory: false,
    load: () => import('./ProfileLab.tsx').then((m) => m.ProfileLab),
    examples: {
      quick: 'numbers=100_000&n=300&parallel=generate,integrate&p=4&repeats=1',
      invalid: { query: 'numbers=100_000&n=300&parallel=generate,plot&p=4&repeats=1', field: 'parallel' },
    },
  }),
  defineLab({
    id: 'memory-latency',
    title: 'Latency lab',
    description: 'A dependent pointer chase over working sets from 4 KB to 64 MB and more: the cache steps of this machine.',
    lesson: 'measure-first',
    settings: latencySettings,
    sharedMemory: false,
    load: () => import('./LatencyLab.tsx').then((m) => m.LatencyLab),
    examples: {
      quick: 'max=1&steps=100_000&repeats=1',
      invalid: { query: 'max=0&steps=100_000&repeats=1', field: 'max' },
    },
  }),
  defineLab({
    id: 'memory-bandwidth',
    title: 'Bandwidth lab',
    description: 'Workers streaming through their own large buffers at once: memory bandwidth against worker count, and where adding workers stops helping.',
    lesson: 'measure-first',
    settings: bandwidthSettings,
    sharedMemory: false,
    load: () => import('./BandwidthLab.tsx').then((m) => m.BandwidthLab),
    examples: {
      quick: 'workers=1,2&mb=8&passes=2&repeats=1',
      invalid: { query: 'workers=2,4&mb=8&passes=2&repeats=1', field: 'workers' },
    },
  }),
];
