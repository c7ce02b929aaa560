/**
 * Settings of the one-thread ("freeze") lab: which ways of running the integral it compares (a
 * lesson shows one piece against async tasks, and one piece against workers) and how many workers
 * the worker run uses. Lab link: `#/lab/freeze?modes=main,workers&workers=2&autorun=1`; autorun
 * never starts the one-piece main-thread run (it freezes the page; only its button does).
 *
 * Pure: any thread, and Node.
 */
import { MAX_WORKERS } from '../../params/limits.ts';
import { choice, wholeNumber } from '../../params/parse.ts';
import { parseFields, type FieldSpec, type LabEnv, type LabSettings, type RawSettings, type Validation } from '../kit/settings.ts';
import type { CpuMode } from './run-cpu-modes.ts';

/** The comparisons the lab offers: the value of the `modes` field and the modes it runs, in order. */
export const MODE_SETS = {
  'main,async,workers': ['main', 'async', 'workers'],
  'main,async': ['main', 'async'],
  'main,workers': ['main', 'workers'],
} as const satisfies Record<string, readonly CpuMode[]>;

/** A value of the `modes` field. */
export type ModeSet = keyof typeof MODE_SETS;

/** Validated settings of the freeze lab. */
export interface FreezeParams {
  /** The modes offered, in order. */
  modes: readonly CpuMode[];
  /** Workers of the worker run. */
  workers: number;
}

/** The fields of the form (and the lab link's parameters). */
export type FreezeField = 'modes' | 'workers';

const MODE_SET_LABELS: Record<ModeSet, string> = {
  'main,async,workers': 'One piece, async tasks and workers',
  'main,async': 'One piece against async tasks',
  'main,workers': 'One piece against workers',
};

/** The `modes` field value for a list of modes (a lesson's `modes` prop), or undefined when none matches. */
export function modeSetOf(modes: readonly CpuMode[]): ModeSet | undefined {
  const key = modes.join(',');
  return key in MODE_SETS ? (key as ModeSet) : undefined;
}

const fields: FieldSpec<FreezeField>[] = [
  {
    name: 'modes',
    label: 'Compare',
    help: 'Which ways of running the same integral the lab offers.',
    kind: 'select',
    options: (Object.keys(MODE_SETS) as ModeSet[]).map((value) => ({ value, label: MODE_SET_LABELS[value] })),
  },
  {
    name: 'workers',
    label: 'Workers',
    help: 'Workers of the worker run (default: the reported cores, 2 to 4).',
    when: (raw) => raw.modes.includes('workers'),
  },
];

/** Default workers: the reported cores, at least 2 (so there is something to split) and at most 4. */
export function defaultFreezeWorkers(cores: number): number {
  return Math.min(4, Math.max(2, Math.floor(cores)));
}

function defaults(env: LabEnv): RawSettings<FreezeField> {
  return { modes: 'main,async,workers', workers: String(defaultFreezeWorkers(env.cores)) };
}

const modesSchema = choice(Object.keys(MODE_SETS) as [ModeSet, ...ModeSet[]], `Unknown comparison: choose ${Object.keys(MODE_SETS).map((k) => `"${k}"`).join(', ')}.`);
const workersSchema = wholeNumber('the number of workers', { min: 1, max: MAX_WORKERS });

function validate(raw: RawSettings<FreezeField>): Validation<FreezeField, FreezeParams> {
  const modes = modesSchema.safeParse(raw.modes ?? '');
  const withWorkers = modes.success ? (MODE_SETS[modes.data] as readonly CpuMode[]).includes('workers') : raw.modes?.includes('workers');
  const { values, errors, ok } = parseFields(raw, { modes: modesSchema, workers: withWorkers ? workersSchema : undefined });
  if (!ok || !values.modes) return { params: null, errors };
  return { params: { modes: MODE_SETS[values.modes], workers: values.workers ?? defaultFreezeWorkers(2) }, errors: {} };
}

/** The freeze lab's settings. */
export const freezeSettings: LabSettings<FreezeField, FreezeParams> = { fields, defaults, validate };
