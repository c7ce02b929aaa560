/**
 * Settings of the measure-first labs (lesson 16), as lab-kit {@link LabSettings}; every number goes
 * through src/params/parse.ts. Lab links:
 * - `#/lab/memory-latency?max=64&steps=1_000_000&repeats=3&autorun=1`
 * - `#/lab/memory-bandwidth?workers=1,2,4&mb=32&passes=4&repeats=3&autorun=1`
 * - `#/lab/stage-profile?numbers=1_000_000&n=1500&parallel=generate,integrate&p=4&repeats=3&autorun=1`
 *
 * Pure: any thread, and Node.
 */
import { MAX_REPEATS, MAX_WORKERS } from '../../params/limits.ts';
import { numberList, splitList, wholeNumber } from '../../params/parse.ts';
import { parseFields, type LabSettings } from '../kit/settings.ts';
import { STAGES, type StageName } from './profile-program.ts';

const repeats = wholeNumber('the number of repeats', { min: 1, max: MAX_REPEATS });

/** Smallest working set of the latency lab (bytes): well inside any L1 data cache. */
export const MIN_WORKING_SET = 4 * 1024;
/** Largest working set the latency lab accepts (MB). */
export const MAX_WORKING_SET_MB = 256;

/** Field names of the latency lab. */
export type LatencyField = 'max' | 'steps' | 'repeats';

/** Validated settings of the latency lab. */
export interface LatencyParams {
  /** Largest working set (MB); sizes double from 4 KB up to it. */
  max: number;
  /** Dependent loads per timed chase. */
  steps: number;
  /** Timed chases per size, after one discarded warm-up. */
  repeats: number;
}

/** The latency lab's settings: 4 KB to 64 MB, a million loads per sample, 3 repeats. */
export const latencySettings: LabSettings<LatencyField, LatencyParams> = {
  fields: [
    { name: 'max', label: 'Largest working set (MB)', help: `Sizes double from 4 KB up to this (1 to ${MAX_WORKING_SET_MB} MB); pick one well above your last-level cache.` },
    { name: 'steps', label: 'Loads per sample', help: 'Dependent loads in one timed chase: enough that even the fastest size takes milliseconds, far above the timer’s resolution.' },
    { name: 'repeats', label: 'Repeats per size', help: 'Timed chases per size after one discarded warm-up; the median is drawn.' },
  ],
  defaults: () => ({ max: '64', steps: '1_000_000', repeats: '3' }),
  validate: (raw) => {
    const { values, errors, ok } = parseFields(raw, {
      max: wholeNumber('the largest working set', { min: 1, max: MAX_WORKING_SET_MB, tooLarge: `At most ${MAX_WORKING_SET_MB} MB: larger sets only take longer to build.` }),
      steps: wholeNumber('the loads per sample', { min: 10_000, max: 20_000_000, tooSmall: 'At least 10,000 loads: fewer take less time than the timer can resolve.' }),
      repeats,
    });
    return ok ? { params: values as LatencyParams, errors } : { params: null, errors };
  },
};

/** Field names of the bandwidth lab. */
export type BandwidthField = 'workers' | 'mb' | 'passes' | 'repeats';

/** Validated settings of the bandwidth lab. */
export interface BandwidthParams {
  /** Worker counts to measure, ascending, including 1. */
  workers: number[];
  /** Each worker's own buffer (MB). */
  mb: number;
  /** Reads of the whole buffer per timed run. */
  passes: number;
  /** Timed runs per worker count, after one discarded warm-up. */
  repeats: number;
}

/** Most megabytes per worker: 64 workers x 128 MB would already be 8 GB. */
export const MAX_MB_PER_WORKER = 128;

/** The bandwidth lab's settings: 1, 2, 4, … up to the reported cores, 32 MB each, 4 passes, 3 repeats. */
export const bandwidthSettings: LabSettings<BandwidthField, BandwidthParams> = {
  fields: [
    { name: 'workers', label: 'Worker counts', help: (_raw, env) => `Comma-separated, must include 1; this browser reports ${env.cores} cores.` },
    { name: 'mb', label: 'Buffer per worker (MB)', help: 'Each worker streams through its own buffer; make it larger than the last-level cache so reads come from memory.' },
    { name: 'passes', label: 'Passes per run', help: 'Reads of the whole buffer in one timed run.' },
    { name: 'repeats', label: 'Repeats', help: 'Timed runs per worker count after one discarded warm-up; the median is drawn.' },
  ],
  defaults: (env) => {
    const counts: number[] = [];
    for (let p = 1; p < env.cores; p *= 2) counts.push(p);
    counts.push(Math.max(1, env.cores));
    return { workers: [...new Set(counts)].join(','), mb: '32', passes: '4', repeats: '3' };
  },
  validate: (raw) => {
    const { values, errors, ok } = parseFields(raw, {
      workers: numberList('worker count', { min: 1, max: MAX_WORKERS }),
      mb: wholeNumber('the buffer size', { min: 1, max: MAX_MB_PER_WORKER }),
      passes: wholeNumber('the number of passes', { min: 1, max: 100 }),
      repeats,
    });
    if (values.workers && !values.workers.includes(1)) errors.workers = 'Include 1: bandwidth on one worker is the baseline.';
    return ok && !errors.workers ? { params: values as BandwidthParams, errors } : { params: null, errors };
  },
};

/** Field names of the profiling lab. */
export type ProfileField = 'numbers' | 'n' | 'parallel' | 'p' | 'repeats';

/** Validated settings of the profiling lab. */
export interface ProfileParams {
  /** Random numbers generated, sorted and written. */
  numbers: number;
  /** Grid size of the integral stage. */
  n: number;
  /** Stages that could be split over workers; the others count as serial. */
  parallel: StageName[];
  /** Workers p for the Amdahl bound. */
  p: number;
  /** Timed runs after one discarded warm-up. */
  repeats: number;
}

/** Reads a list of stage names (`generate,integrate`), or a message naming the unknown one. */
function parseStages(text: string): { ok: true; value: StageName[] } | { ok: false; error: string } {
  if (text.trim() === '' || text.trim() === 'none') return { ok: true, value: [] };
  const parts = splitList(text, 'stage');
  if (!parts.ok) return parts;
  const value: StageName[] = [];
  for (const part of parts.value) {
    if (!(STAGES as readonly string[]).includes(part)) return { ok: false, error: `"${part}" is not a stage: choose from ${STAGES.join(', ')} (or none).` };
    if (value.includes(part as StageName)) return { ok: false, error: `${part} is listed twice.` };
    value.push(part as StageName);
  }
  return { ok: true, value };
}

/** The profiling lab's settings: a million numbers, n = 1500, generate and integrate parallel, p = cores. */
export const profileSettings: LabSettings<ProfileField, ProfileParams> = {
  fields: [
    { name: 'numbers', label: 'Numbers', help: 'Random numbers generated, sorted and written as CSV text.' },
    { name: 'n', label: 'Grid n of the integral', help: 'The integral stage sums sin(x + y) on an n × n grid (lesson 3).' },
    { name: 'parallel', label: 'Stages that could run in parallel', help: `Comma-separated among ${STAGES.join(', ')}, or none; the rest are the serial part.`, inputMode: 'text' },
    { name: 'p', label: 'Workers p for the bound', help: (_raw, env) => `The Amdahl bound is drawn for this many workers; this browser reports ${env.cores} cores.` },
    { name: 'repeats', label: 'Repeats', help: 'Timed runs after one discarded warm-up; each stage’s median is shown.' },
  ],
  defaults: (env) => ({ numbers: '1_000_000', n: '1500', parallel: 'generate,integrate', p: String(Math.max(2, env.cores)), repeats: '3' }),
  validate: (raw) => {
    const { values, errors, ok } = parseFields(raw, {
      numbers: wholeNumber('the count of numbers', { min: 1, max: 10_000_000 }),
      n: wholeNumber('the grid size n', { min: 1, max: 10_000 }),
      p: wholeNumber('the number of workers', { min: 1, max: MAX_WORKERS }),
      repeats,
    });
    const parallel = parseStages(raw.parallel ?? '');
    if (!parallel.ok) errors.parallel = parallel.error;
    return ok && parallel.ok ? { params: { ...(values as Omit<ProfileParams, 'parallel'>), parallel: parallel.value }, errors } : { params: null, errors };
  },
};
