/** Lab-registry entries of the labs in this folder (src/labs/registry.ts lists them all). */
import { defineLab, type LabDefinition } from '../kit/definition.ts';
import { bigArgumentSettings, orderSettings } from './settings.ts';

/** The labs of this folder (the pool-lifecycle section of the measure-first lesson), in lesson order. */
export const poolLifecycleLabs: LabDefinition[] = [
  defineLab({
    id: 'completion-order',
    title: 'Completion-order lab',
    description: 'Slow squares on a pool, collected as Pool.map, imap and imap_unordered hand them back: the order and the time of each result.',
    lesson: 'measure-first',
    settings: orderSettings,
    sharedMemory: false,
    load: () => import('./CompletionOrderLab.tsx').then((m) => m.CompletionOrderLab),
    examples: {
      quick: 'items=4&step=50&workers=4',
      invalid: { query: 'items=1&step=50&workers=4', field: 'items' },
    },
  }),
  defineLab({
    id: 'big-argument',
    title: 'Big-argument lab',
    description: 'A big table every task needs, sent with every task, once per worker by an initializer, or shared: copies and time measured.',
    lesson: 'measure-first',
    settings: bigArgumentSettings,
    sharedMemory: false,
    load: () => import('./BigArgumentLab.tsx').then((m) => m.BigArgumentLab),
    examples: {
      quick: 'mb=4&tasks=8&workers=2&repeats=1',
      invalid: { query: 'mb=0&tasks=8&workers=2&repeats=1', field: 'mb' },
    },
  }),
];
