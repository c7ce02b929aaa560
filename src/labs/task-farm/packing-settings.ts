/**
 * Settings of the job-packing calculator (`#/lab/job-packing?tasks=1000&taskTime=6&taskUnit=h&…`):
 * tasks, time per task and its unit, cores and memory per node, memory per task, scheduler
 * overhead per job, and optionally tasks per job and tasks at a time for a task farm; validated
 * with one message per field, and the course's three examples as presets. Whole numbers follow
 * src/params/parse.ts; times and memory are decimals by its decimal rule.
 *
 * Pure: any thread, and Node.
 */
import { z } from 'zod';
import { choice, wholeNumber } from '../../params/parse.ts';
import { parseFields, type FieldSpec, type LabSettings, type RawSettings, type Validation } from '../kit/settings.ts';
import { decimalNumber } from '../../params/parse.ts';
import type { PackingInput } from './packing.ts';

/** The calculator's fields. */
export const PACKING_FIELDS = ['tasks', 'taskTime', 'taskUnit', 'cores', 'nodeMemory', 'taskMemory', 'overhead', 'tasksPerJob', 'maxParallel'] as const;
/** A field name. */
export type PackingField = (typeof PACKING_FIELDS)[number];
/** Raw text per field, as typed. */
export type RawPacking = RawSettings<PackingField>;

/** Seconds per unit of the task-time field. */
export const TIME_UNITS = { s: 1, min: 60, h: 3600 } as const;

/** The course's examples (ADACS, job packing). */
export const PACKING_PRESETS: { id: string; label: string; raw: RawPacking }[] = [
  {
    id: 'cores',
    label: '1000 six-hour tasks, 48-core nodes',
    raw: { tasks: '1000', taskTime: '6', taskUnit: 'h', cores: '48', nodeMemory: '192', taskMemory: '1', overhead: '0', tasksPerJob: '', maxParallel: '' },
  },
  {
    id: 'memory',
    label: 'Same, but 10 GB per task',
    raw: { tasks: '1000', taskTime: '6', taskUnit: 'h', cores: '48', nodeMemory: '192', taskMemory: '10', overhead: '0', tasksPerJob: '', maxParallel: '' },
  },
  {
    id: 'overhead',
    label: 'Ten million 20-second tasks',
    raw: { tasks: '10000000', taskTime: '20', taskUnit: 's', cores: '48', nodeMemory: '192', taskMemory: '4', overhead: '30', tasksPerJob: '10000', maxParallel: '32' },
  },
];

/** A field that may be left blank (then undefined), else validated by `schema`. */
const optional = <T,>(schema: z.ZodType<T, string>) =>
  z.string().transform((text, ctx): T | undefined => {
    if (text.trim() === '') return undefined;
    const r = schema.safeParse(text);
    if (r.success) return r.data;
    ctx.addIssue({ code: 'custom', message: r.error.issues[0]?.message ?? 'Invalid value.' });
    return z.NEVER;
  });

const SCHEMAS = {
  tasks: wholeNumber('the number of tasks', { min: 1, max: 1e12 }),
  taskTime: decimalNumber('the time per task', { min: 0, exclusiveMin: true, max: 1e6, tooSmall: 'A task must take some time: enter more than 0.', tooLarge: 'At most 1,000,000 per task.' }),
  taskUnit: choice(['s', 'min', 'h'], 'Choose seconds, minutes or hours.'),
  cores: wholeNumber('cores per node', { min: 1, max: 4096 }),
  nodeMemory: decimalNumber('the memory per node', { min: 0, exclusiveMin: true, max: 1e6, tooSmall: 'A node needs some memory: enter more than 0 GB.', tooLarge: 'At most 1,000,000 GB.' }),
  taskMemory: decimalNumber('the memory per task', { min: 0, max: 1e6, tooSmall: 'Memory cannot be negative.' }),
  overhead: decimalNumber('the overhead per job', { min: 0, max: 86_400, tooSmall: 'Overhead cannot be negative.', tooLarge: 'At most 86,400 s (a day) per job.' }),
  tasksPerJob: optional(wholeNumber('tasks per job', { min: 1, max: 1e12 })),
  maxParallel: optional(wholeNumber('tasks at a time', { min: 1, max: 4096 })),
};

const fields: FieldSpec<PackingField>[] = [
  { name: 'tasks', label: 'Tasks', help: 'Independent one-core tasks.' },
  { name: 'taskTime', label: 'Time per task', inputMode: 'decimal', help: 'On one core, in the unit below.' },
  {
    name: 'taskUnit',
    label: 'Unit of the time per task',
    kind: 'select',
    options: [
      { value: 's', label: 'seconds' },
      { value: 'min', label: 'minutes' },
      { value: 'h', label: 'hours' },
    ],
    help: 'Seconds, minutes or hours.',
  },
  { name: 'cores', label: 'Cores per node', help: "Gadi's nodes have 48." },
  { name: 'nodeMemory', label: 'Memory per node (GB)', inputMode: 'decimal', help: 'RAM a job may use on a node.' },
  { name: 'taskMemory', label: 'Memory per task (GB)', inputMode: 'decimal', help: 'Peak RAM of one task.' },
  { name: 'overhead', label: 'Scheduler overhead per job (s)', inputMode: 'decimal', help: 'Scheduling, start-up and clean-up; ~30 s on PBSPro.' },
  { name: 'tasksPerJob', label: 'Tasks per job (task farm)', help: 'Optional: many tasks per job, run in waves.' },
  { name: 'maxParallel', label: 'At most at a time (-P)', help: 'Optional: xargs -P inside a farm job.' },
];

/**
 * Validates the form. `tasksPerJob` and `maxParallel` may be blank (no task-farm strategy, or as
 * many at a time as fit). Cross-field rules: a task cannot need more memory than a node has, and
 * "at a time" needs tasks per job.
 */
export function validatePacking(raw: RawPacking): Validation<PackingField, PackingInput> {
  const { values: v, errors } = parseFields(raw, SCHEMAS);
  if (errors.nodeMemory === undefined && errors.taskMemory === undefined && v.taskMemory !== undefined && v.nodeMemory !== undefined && v.taskMemory > v.nodeMemory) {
    errors.taskMemory = `A task needing ${raw.taskMemory.trim()} GB does not fit on a ${raw.nodeMemory.trim()} GB node.`;
  }
  if (v.maxParallel !== undefined && v.tasksPerJob === undefined && errors.tasksPerJob === undefined) {
    errors.tasksPerJob = 'Give tasks per job too: "at a time" applies inside a task-farm job.';
  }
  if (Object.keys(errors).length > 0) return { params: null, errors };
  const input: PackingInput = {
    tasks: v.tasks!,
    taskSeconds: v.taskTime! * TIME_UNITS[v.taskUnit!],
    coresPerNode: v.cores!,
    memoryPerNodeGB: v.nodeMemory!,
    memoryPerTaskGB: v.taskMemory!,
    overheadSeconds: v.overhead!,
  };
  if (v.tasksPerJob !== undefined) input.tasksPerJob = v.tasksPerJob;
  if (v.maxParallel !== undefined) input.maxParallel = v.maxParallel;
  return { params: input, errors: {} };
}

/** The job-packing calculator's settings (defaults: the course's first example). */
export const packingSettings: LabSettings<PackingField, PackingInput> = {
  fields,
  defaults: () => ({ ...PACKING_PRESETS[0]!.raw }),
  validate: validatePacking,
};
