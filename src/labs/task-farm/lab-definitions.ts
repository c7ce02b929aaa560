/** Lab-registry entries of the task-farm labs (src/labs/registry.ts lists them all). */
import { defineLab, type LabDefinition } from '../kit/definition.ts';
import { greetingsSettings } from './greetings-settings.ts';
import { packingSettings } from './packing-settings.ts';

export const taskFarmLabs: LabDefinition[] = [
  defineLab({
    id: 'greetings',
    title: 'xargs -P in the browser: greetings',
    description: 'Twenty greetings that each wait a second, run at most P at a time like xargs -P, drawn live on a timeline.',
    lesson: 'task-farms',
    settings: greetingsSettings,
    sharedMemory: false,
    load: () => import('./GreetingsLab.tsx').then((m) => m.GreetingsLab),
    examples: {
      quick: 'parallel=8&seconds=0.1',
      invalid: { query: 'parallel=0&seconds=1', field: 'parallel' },
    },
  }),
  defineLab({
    id: 'job-packing',
    title: 'Job-packing calculator',
    description: 'Jobs, node-hours and scheduler overhead of one task per job, packed nodes and a task farm per job, for the course\'s examples or your own.',
    lesson: 'task-farms',
    settings: packingSettings,
    sharedMemory: false,
    load: () => import('./PackingCalculator.tsx').then((m) => m.PackingCalculator),
    examples: {
      quick: 'tasks=1000&taskTime=6&taskUnit=h&cores=48&nodeMemory=192&taskMemory=1&overhead=0&tasksPerJob=&maxParallel=',
      invalid: { query: 'tasks=1,000&taskTime=6&taskUnit=h&cores=48&nodeMemory=192&taskMemory=1&overhead=0', field: 'tasks' },
    },
  }),
];
