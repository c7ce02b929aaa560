/** Lab-registry entries of the labs in this folder (src/labs/registry.ts lists them all). */
import { defineLab, type LabDefinition } from '../kit/definition.ts';
import { coreCountSettings } from './core-count.ts';
import { scalingSettings } from './scaling-params.ts';

/** The labs of this folder, in lesson order. */
export const scalingLabs: LabDefinition[] = [
  defineLab({
    id: 'scaling',
    title: 'Scaling lab',
    description: "A job with a tunable serial fraction on 1..N workers, strong or weak scaling, fitted with Amdahl's or Gustafson's law and Karp-Flatt per worker count.",
    lesson: 'scaling-laws',
    settings: scalingSettings,
    sharedMemory: false,
    load: () => import('./ScalingLab.tsx').then((m) => m.ScalingLab),
    examples: {
      quick: 'serialFraction=0.5&work=2000000&mode=strong&workers=1,2&repeats=1',
      invalid: { query: 'serialFraction=1.5&work=2000000&mode=strong&workers=1,2&repeats=1', field: 'serialFraction' },
    },
  }),
  defineLab({
    id: 'core-count',
    title: 'Core-count exercise',
    description: "The course's exercise: the 2D integration on 1, 2, 4, 8, 12 and 14 workers, and which count finished fastest on this machine.",
    lesson: 'scaling-laws',
    settings: coreCountSettings,
    sharedMemory: false,
    load: () => import('./CoreCountExercise.tsx').then((m) => m.CoreCountExercise),
    examples: {
      quick: 'n=300&repeats=1',
      invalid: { query: 'n=10&repeats=1', field: 'n' },
    },
  }),
];
