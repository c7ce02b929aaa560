/**
 * The job-packing calculator's form: raw text per field, validation with one clear message per
 * field, and the course's three examples as presets. Pure: any thread, and Node.
 */
import { z } from 'zod';
import type { PackingInput } from './packing.ts';

/** The calculator's fields. */
export const PACKING_FIELDS = ['tasks', 'taskTime', 'taskUnit', 'cores', 'nodeMemory', 'taskMemory', 'overhead', 'tasksPerJob', 'maxParallel'] as const;
/** A field name. */
export type PackingField = (typeof PACKING_FIELDS)[number];
/** Raw text per field, as typed. */
export type RawPacking = Record<PackingField, string>;

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

const number = (what: string) =>
  z
    .string()
    .trim()
    .min(1, `Enter ${what}.`)
    .transform((s) => s.replace(/[_,\s]/g, ''))
    .refine((s) => /^[-+]?(\d+(\.\d*)?|\.\d+)(e[+]?\d+)?$/i.test(s), `${what[0]!.toUpperCase()}${what.slice(1)} must be a number, like 1000, 2.5 or 1e6.`)
    .transform(Number);

const whole = (what: string, min: number, max: number) =>
  number(what)
    .refine((v) => Number.isInteger(v), `${what[0]!.toUpperCase()}${what.slice(1)} must be a whole number.`)
    .pipe(z.number().min(min, `${what[0]!.toUpperCase()}${what.slice(1)} must be at least ${min}.`).max(max, `${what[0]!.toUpperCase()}${what.slice(1)} must be at most ${max.toLocaleString('en')}.`));

const SCHEMAS = {
  tasks: whole('the number of tasks', 1, 1e12),
  taskTime: number('the time per task').pipe(z.number().gt(0, 'A task must take some time: enter more than 0.').max(1e6, 'At most 1,000,000 per task.')),
  taskUnit: z.enum(['s', 'min', 'h'], { error: () => 'Choose seconds, minutes or hours.' }),
  cores: whole('cores per node', 1, 4096),
  nodeMemory: number('the memory per node').pipe(z.number().gt(0, 'A node needs some memory: enter more than 0 GB.').max(1e6, 'At most 1,000,000 GB.')),
  taskMemory: number('the memory per task').pipe(z.number().min(0, 'Memory cannot be negative.')),
  overhead: number('the overhead per job').pipe(z.number().min(0, 'Overhead cannot be negative.').max(86_400, 'At most 86,400 s (a day) per job.')),
  tasksPerJob: whole('tasks per job', 1, 1e12),
  maxParallel: whole('tasks at a time', 1, 4096),
} satisfies Record<PackingField, z.ZodType>;

/** Result of {@link validatePacking}. */
export interface PackingValidation {
  input: PackingInput | null;
  errors: Partial<Record<PackingField, string>>;
}

/**
 * Validates the form. `tasksPerJob` and `maxParallel` may be blank (no task-farm strategy, or as
 * many at a time as fit). Cross-field rule: a task cannot need more memory than a node has.
 */
export function validatePacking(raw: RawPacking): PackingValidation {
  const errors: Partial<Record<PackingField, string>> = {};
  const values: Partial<Record<PackingField, number | string>> = {};
  for (const field of PACKING_FIELDS) {
    if ((field === 'tasksPerJob' || field === 'maxParallel') && raw[field].trim() === '') continue;
    const parsed = SCHEMAS[field].safeParse(raw[field]);
    if (parsed.success) values[field] = parsed.data;
    else errors[field] = parsed.error.issues[0]?.message ?? 'Invalid value.';
  }
  if (errors.nodeMemory === undefined && errors.taskMemory === undefined && (values.taskMemory as number) > (values.nodeMemory as number)) {
    errors.taskMemory = `A task needing ${values.taskMemory} GB does not fit on a ${values.nodeMemory} GB node.`;
  }
  if (values.maxParallel !== undefined && values.tasksPerJob === undefined && errors.tasksPerJob === undefined) {
    errors.tasksPerJob = 'Give tasks per job too: "at a time" applies inside a task-farm job.';
  }
  if (Object.keys(errors).length > 0) return { input: null, errors };
  const input: PackingInput = {
    tasks: values.tasks as number,
    taskSeconds: (values.taskTime as number) * TIME_UNITS[values.taskUnit as keyof typeof TIME_UNITS],
    coresPerNode: values.cores as number,
    memoryPerNodeGB: values.nodeMemory as number,
    memoryPerTaskGB: values.taskMemory as number,
    overheadSeconds: values.overhead as number,
  };
  if (values.tasksPerJob !== undefined) input.tasksPerJob = values.tasksPerJob as number;
  if (values.maxParallel !== undefined) input.maxParallel = values.maxParallel as number;
  return { input, errors };
}
