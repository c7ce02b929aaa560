/** Lab-registry entries of the shared-memory labs (src/labs/registry.ts lists them all). */
import { defineLab, type LabDefinition } from '../kit/definition.ts';
import { movingSettings, raceSettings, sumsSettings } from './settings.ts';

// Each lab runs a message-passing variant without SharedArrayBuffer, but what it teaches needs
// shared memory, so all three are marked: the embed page then offers "Open in its own window".
export const sharedMemoryLabs: LabDefinition[] = [
  defineLab({
    id: 'shared-sums',
    title: 'Shared partial sums',
    description: 'The 2D integral on p workers, partial integrals returned by message beside partial integrals written into shared slots: identical to the last bit.',
    lesson: 'shared-memory',
    settings: sumsSettings,
    sharedMemory: true,
    load: () => import('./SharedSumsLab.tsx').then((m) => m.SharedSumsLab),
    examples: {
      quick: 'n=1000&workers=2',
      invalid: { query: 'n=1,000&workers=2', field: 'n' },
    },
  }),
  defineLab({
    id: 'moving-data',
    title: 'Moving data: copy, transfer or share',
    description: 'A star catalogue made by workers and delivered to the page by structured-clone copy, by transfer and in shared memory, timed as it grows.',
    lesson: 'shared-memory',
    settings: movingSettings,
    sharedMemory: true,
    load: () => import('./StarCatalogueLab.tsx').then((m) => m.StarCatalogueLab),
    examples: {
      quick: 'sizes=20000,50000&workers=2&repeats=1',
      invalid: { query: 'sizes=1000,lots&workers=2&repeats=1', field: 'sizes' },
    },
  }),
  defineLab({
    id: 'histogram-race',
    title: 'A race on a shared histogram',
    description: 'Workers counting into the same bins lose updates with plain +1; a mutex, Atomics.add and private histograms are exact, at different costs.',
    lesson: 'shared-memory',
    settings: raceSettings,
    sharedMemory: true,
    load: () => import('./HistogramRaceLab.tsx').then((m) => m.HistogramRaceLab),
    examples: {
      quick: 'workers=2&bins=2&increments=100000&trials=2',
      invalid: { query: 'workers=2&bins=0&increments=100000&trials=2', field: 'bins' },
    },
  }),
];
