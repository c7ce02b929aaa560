/**
 * Settings of the compiled-code lesson's labs (lab links in brackets):
 *
 * - speed ladder (`#/lab/speed-ladder?pyn=1000&n=3000&repeats=2&autorun=1`): the grid size CPython
 *   runs (small: an interpreter does a few million sines a second), the grid size of the compiled
 *   rungs, and the repeats;
 * - vector add (`#/lab/vector-add-forms?n=10000&repeats=5`): the vector length and repeats;
 * - vectorization breakers (`#/lab/vectorization-breakers?n=100000&repeats=5`): likewise.
 *
 * Pure: any thread, and Node.
 */
import { MAX_REPEATS, MAX_SWEEP_SECONDS } from '../../params/limits.ts';
import { wholeNumber } from '../../params/parse.ts';
import { parseFields, type FieldSpec, type LabSettings } from '../kit/settings.ts';
import { MAX_LOOP_LENGTH } from '../../vectorize/loops.ts';
import { ADACS_LENGTH } from './course-figures.ts';

/** Largest grid CPython may be given here (10^7 sines: a few seconds per run). */
export const MAX_PYTHON_N = 3000;
/** Largest grid of the compiled rungs. */
export const MAX_COMPILED_N = 20_000;
/** Sines per second assumed for CPython in WebAssembly and for one core of compiled code, for the cost estimate. */
const PYTHON_RATE = 2e6;
const COMPILED_RATE = 5e7;

/** Validated settings of the speed ladder. */
export interface LadderParams {
  /** CPython's grid size. */
  pyn: number;
  /** The compiled rungs' grid size. */
  n: number;
  repeats: number;
}

/** Fields of the speed ladder. */
export type LadderField = keyof LadderParams;

const ladderFields: FieldSpec<LadderField>[] = [
  { name: 'pyn', label: 'Grid size n for CPython', help: 'CPython runs the lesson’s program with this n (n² sines, a few million a second).' },
  { name: 'n', label: 'Grid size n for the compiled rungs', help: 'JavaScript and WebAssembly run the same integral with this n.' },
  { name: 'repeats', label: 'Repeats', help: 'Timed runs per rung, after one discarded warm-up (for CPython it also loads Pyodide).' },
];

/** Estimated seconds of a ladder run (warm-up included; the compiled rungs at COMPILED_RATE on one core). */
export function estimateLadderSeconds(p: LadderParams): number {
  return (p.repeats + 1) * ((p.pyn * p.pyn) / PYTHON_RATE + (4 * p.n * p.n) / COMPILED_RATE);
}

/** The ladder's settings: CPython at n = 1000, the compiled rungs at n = 3000, 2 repeats. */
export const ladderSettings: LabSettings<LadderField, LadderParams> = {
  fields: ladderFields,
  defaults: () => ({ pyn: '1000', n: '3000', repeats: '2' }),
  validate: (raw) => {
    const { values, errors, ok } = parseFields(raw, {
      pyn: wholeNumber('the grid size for CPython', { min: 10, max: MAX_PYTHON_N, tooLarge: `CPython needs seconds per million sines: use n ≤ ${MAX_PYTHON_N.toLocaleString('en')} here.` }),
      n: wholeNumber('the grid size', { min: 10, max: MAX_COMPILED_N }),
      repeats: wholeNumber('the number of repeats', { min: 1, max: MAX_REPEATS }),
    });
    if (!ok) return { params: null, errors };
    const params: LadderParams = { pyn: values.pyn!, n: values.n!, repeats: values.repeats! };
    const seconds = estimateLadderSeconds(params);
    if (seconds > MAX_SWEEP_SECONDS) return { params: null, errors: { n: `This would take about ${Math.round(seconds / 60)} minutes; use smaller grids or fewer repeats.` } };
    return { params, errors: {} };
  },
};

/** Validated settings of the vector-add and breakers labs. */
export interface LoopParams {
  /** Elements per loop. */
  n: number;
  repeats: number;
}

/** Fields of the loop labs. */
export type LoopField = keyof LoopParams;

function loopSettings(what: string, help: string, n: number): LabSettings<LoopField, LoopParams> {
  return {
    fields: [
      { name: 'n', label: 'Vector length', help: `Elements per ${what} (doubles); ${help}` },
      { name: 'repeats', label: 'Repeats', help: 'Timed runs per loop, after one discarded warm-up; each run repeats the loop for about 20 ms.' },
    ],
    defaults: () => ({ n: String(n), repeats: '5' }),
    validate: (raw) => {
      const { values, errors, ok } = parseFields(raw, {
        n: wholeNumber('the vector length', { min: 1, max: MAX_LOOP_LENGTH }),
        repeats: wholeNumber('the number of repeats', { min: 1, max: MAX_REPEATS }),
      });
      return ok ? { params: { n: values.n!, repeats: values.repeats! }, errors: {} } : { params: null, errors };
    },
  };
}

/** The vector-add lab's settings: ADACS's 10 000 elements, 5 repeats. */
export const vectorFormsSettings = loopSettings('vector add', `ADACS used ${ADACS_LENGTH.toLocaleString('en')}.`, ADACS_LENGTH);
/**
 * The breakers lab's settings: 100 000 elements, 5 repeats. Not 10 000: the same 10 000 random
 * signs, met again on every repeat, are few enough for some CPUs' branch predictors to learn by
 * heart, which hides the cost of the branch.
 */
export const breakersSettings = loopSettings('loop', 'the signs repeat every run, so a short vector lets the branch predictor learn them.', 100_000);
