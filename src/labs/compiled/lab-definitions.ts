/** Lab-registry entries of the labs in this folder (src/labs/registry.ts lists them all). */
import { defineLab, type LabDefinition } from '../kit/definition.ts';
import { breakersSettings, ladderSettings, vectorFormsSettings } from './settings.ts';

/** The labs of this folder (the lesson "Compiled code and vectorization"), in lesson order. */
export const compiledLabs: LabDefinition[] = [
  defineLab({
    id: 'speed-ladder',
    title: 'The speed ladder on your machine',
    description: 'The course’s integral as CPython (Pyodide), JavaScript, WebAssembly, WebAssembly SIMD and SIMD on every core, scaled to n = 10 000 beside the course’s seconds.',
    lesson: 'compiled-code',
    settings: ladderSettings,
    sharedMemory: false,
    load: () => import('./SpeedLadderLab.tsx').then((m) => m.SpeedLadderLab),
    examples: {
      quick: 'pyn=100&n=300&repeats=1',
      invalid: { query: 'pyn=100000&n=300&repeats=1', field: 'pyn' },
    },
  }),
  defineLab({
    id: 'vector-add-forms',
    title: 'The vector add in four forms',
    description: 'ADACS’s c = a + b as a JavaScript Array, a Float64Array, scalar WebAssembly and WebAssembly SIMD, beside ADACS’s list and numpy timings.',
    lesson: 'compiled-code',
    settings: vectorFormsSettings,
    sharedMemory: false,
    load: () => import('./VectorFormsLab.tsx').then((m) => m.VectorFormsLab),
    examples: {
      quick: 'n=1000&repeats=1',
      invalid: { query: 'n=0&repeats=1', field: 'n' },
    },
  }),
  defineLab({
    id: 'vectorization-breakers',
    title: 'What breaks vectorization',
    description: 'One loop plain and with a loop-carried dependency, a branch and a function call, as scalar WebAssembly and WebAssembly SIMD.',
    lesson: 'compiled-code',
    settings: breakersSettings,
    sharedMemory: false,
    load: () => import('./BreakersLab.tsx').then((m) => m.BreakersLab),
    examples: {
      quick: 'n=1000&repeats=1',
      invalid: { query: 'n=1000&repeats=0', field: 'repeats' },
    },
  }),
];
