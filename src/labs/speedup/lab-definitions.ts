/** Lab-registry entries of the speedup lab and the worker-overhead panel. */
import { defineLab, type LabDefinition } from '../kit/definition.ts';
import { speedupSettings } from './settings.ts';

export const speedupLabs: LabDefinition[] = [
  defineLab({
    id: 'speedup',
    title: 'Speedup lab',
    description: 'A workhorse kernel (2D integration, Monte Carlo π) on 1, 2, 4, … workers, with the measured speedup charted against the ideal line.',
    lesson: 'integration',
    settings: speedupSettings,
    sharedMemory: false,
    load: () => import('./SpeedupLab.tsx').then((m) => m.SpeedupLab),
    examples: {
      quick: 'kernel=integrate&impl=js&n=1000&workers=1,2&repeats=1',
      invalid: { query: 'kernel=integrate&n=abc&workers=1,2', field: 'n' },
    },
  }),
];
