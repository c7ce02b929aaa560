/**
 * Settings of the I/O lab (`#/lab/io?requests=8&latencyMs=250&concurrency=4&repeats=1&autorun=1`),
 * validated by the number rule of src/params/parse.ts, one message per field.
 *
 * Pure: any thread, and Node.
 */
import { MAX_REPEATS, MAX_WORKERS } from '../../params/limits.ts';
import { wholeNumber } from '../../params/parse.ts';
import { parseFields, type FieldSpec, type LabSettings, type RawSettings, type Validation } from '../kit/settings.ts';

/** Validated settings of the I/O lab. */
export interface IoParams {
  /** Number of requests. */
  requests: number;
  /** Latency of each request (ms). */
  latencyMs: number;
  /** Requests in flight at once in the concurrent run. */
  concurrency: number;
  /** Timed runs of each kind (the median is reported). */
  repeats: number;
}

/** The fields of the form (and the lab link's parameters). */
export type IoField = keyof IoParams;

/** Defaults: 8 requests of 250 ms, 4 at a time (the course's max_workers=4), one run of each. */
export const DEFAULT_IO_PARAMS: RawSettings<IoField> = { requests: '8', latencyMs: '250', concurrency: '4', repeats: '1' };

/** Most requests: beyond this the timeline's bars get too thin to read on a phone. */
export const MAX_IO_REQUESTS = 64;
/** Longest latency of one request (ms). */
export const MAX_LATENCY_MS = 2000;
/** Longest sequential run (ms): requests x latency; repeats multiply it. */
export const MAX_SEQUENTIAL_MS = 20_000;
/** Longest time all sequential runs together may take (ms). */
export const MAX_TOTAL_SEQUENTIAL_MS = 30_000;

const fields: FieldSpec<IoField>[] = [
  { name: 'requests', label: 'Requests', help: 'How many simulated downloads.' },
  { name: 'latencyMs', label: 'Latency (ms)', help: 'How long the “server” takes to answer each one.' },
  { name: 'concurrency', label: 'At a time', help: 'Requests in flight at once (the course: max_workers=4).' },
  { name: 'repeats', label: 'Repeats', help: 'Timed runs of each; the median is shown.' },
];

const schemas = {
  requests: wholeNumber('the number of requests', { min: 1, max: MAX_IO_REQUESTS }),
  latencyMs: wholeNumber('the latency (ms)', { min: 1, max: MAX_LATENCY_MS }),
  // Slots of a concurrency limit stand for the threads of a pool: the same limit as workers.
  concurrency: wholeNumber('the requests at a time', { min: 1, max: MAX_WORKERS }),
  repeats: wholeNumber('the number of repeats', { min: 1, max: MAX_REPEATS }),
};

function validate(raw: RawSettings<IoField>): Validation<IoField, IoParams> {
  const { values, errors, ok } = parseFields(raw, schemas);
  if (!ok) return { params: null, errors };
  const params = values as IoParams;
  const sequential = params.requests * params.latencyMs;
  if (sequential > MAX_SEQUENTIAL_MS) {
    return { params: null, errors: { requests: `The sequential run would take ${sequential / 1000} s; keep requests × latency at most ${MAX_SEQUENTIAL_MS / 1000} s.` } };
  }
  if (params.repeats * sequential > MAX_TOTAL_SEQUENTIAL_MS) {
    return {
      params: null,
      errors: { repeats: `${params.repeats} repeats would spend ${(params.repeats * sequential) / 1000} s in sequential runs alone; keep it at most ${MAX_TOTAL_SEQUENTIAL_MS / 1000} s.` },
    };
  }
  return { params, errors: {} };
}

/** The I/O lab's settings (the same defaults on every machine). */
export const ioSettings: LabSettings<IoField, IoParams> = { fields, defaults: () => ({ ...DEFAULT_IO_PARAMS }), validate };

