/** Lab-registry entries of the labs in this folder (src/labs/registry.ts lists them all). */
import { defineLab, type LabDefinition } from '../kit/definition.ts';
import { sleepSettings } from './sleep-params.ts';

/** The labs of this folder, in lesson order. */
export const whyParallelLabs: LabDefinition[] = [
  defineLab({
    id: 'sleep',
    title: 'Sleep demo',
    description: "The course's sleep.py live: tasks that each sleep, one after another on one worker, then at the same time on several, with a timeline of who slept when.",
    lesson: 'why-parallel',
    settings: sleepSettings,
    sharedMemory: false,
    load: () => import('./SleepDemoLab.tsx').then((m) => m.SleepDemoLab),
    examples: {
      quick: 'tasks=4&sleepMs=200&workers=4&repeats=1',
      invalid: { query: 'tasks=4&sleepMs=200&workers=0', field: 'workers' },
    },
  }),
];
