/** Lab-registry entries of the labs in this folder (src/labs/registry.ts lists them all). */
import { defineLab, type LabDefinition } from '../kit/definition.ts';
import { freezeSettings } from './freeze-settings.ts';
import { ioSettings } from './io-settings.ts';

/** The labs of this folder, in lesson order. */
export const oneThreadLabs: LabDefinition[] = [
  defineLab({
    id: 'freeze',
    title: 'One-thread lab',
    description: 'The same integral in one piece on the main thread (the page freezes, on a button press only), as async tasks taking turns, and on workers, with a frame counter.',
    lesson: 'one-thread',
    settings: freezeSettings,
    sharedMemory: false,
    load: () => import('./FreezeLab.tsx').then((m) => m.FreezeLab),
    examples: {
      // Autorun runs the modes that keep the page free (here: the workers), never the freeze.
      quick: 'modes=main,workers&workers=2',
      invalid: { query: 'modes=main,workers&workers=0', field: 'workers' },
    },
  }),
  defineLab({
    id: 'io',
    title: 'I/O lab',
    description: 'Simulated downloads that only wait, one at a time and then several at a time on the one main thread: the waits overlap.',
    lesson: 'one-thread',
    settings: ioSettings,
    sharedMemory: false,
    load: () => import('./IoLab.tsx').then((m) => m.IoLab),
    examples: {
      quick: 'requests=8&latencyMs=100&concurrency=4&repeats=1',
      invalid: { query: 'requests=8&latencyMs=100&concurrency=zero', field: 'concurrency' },
    },
  }),
];
