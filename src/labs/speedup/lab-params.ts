/**
 * Settings of the speedup lab and their validation, shared by the lab's form and by lab links
 * (`#/lab?kernel=pi&n=30000000&workers=1,2,4&repeats=3&seed=7&autorun=1`).
 *
 * Every field is validated from the text the user typed or the link carried; a bad value gives a
 * message for that field and nothing runs. Values are never silently clamped or replaced.
 *
 * Pure: any thread, and Node.
 */
import { z } from 'zod';
import { workerCountsSchema } from '../form/worker-counts.ts';

/** The kernels the lab can run. */
export const KERNELS = ['integrate', 'pi'] as const;
/** A kernel identifier. */
export type Kernel = (typeof KERNELS)[number];

/** Validated settings of one sweep. */
export interface LabParams {
  kernel: Kernel;
  /** Grid points per axis (integrate) or darts in total (pi). */
  n: number;
  /** Worker counts, ascending, including 1. */
  workers: number[];
  /** Timed runs per worker count. */
  repeats: number;
  /** Seed of the random streams (pi only; kept for integrate so links round-trip). */
  seed: number;
  /** Start the sweep as soon as the page opens. */
  autorun: boolean;
}

/** The fields of the form and of a lab link, as typed. */
export type LabFieldName = 'kernel' | 'n' | 'workers' | 'repeats' | 'seed' | 'autorun';
/** Raw text per field. */
export type RawLabParams = Record<LabFieldName, string>;

/** Most workers a lab may ask for. */
export const MAX_WORKERS = 64;
/** Most timed repeats per worker count. */
export const MAX_REPEATS = 20;
/** Largest grid for the integration (10^10 evaluations on one core is well over a minute). */
export const MAX_GRID = 60_000;
/** Most darts for pi. */
export const MAX_DARTS = 2_000_000_000;
/** A sweep estimated to take longer than this is refused (s). */
export const MAX_SWEEP_SECONDS = 300;
/** Throughput assumed by the time estimate: kernel evaluations per second per core. */
export const ASSUMED_RATE_PER_CORE = 1e8;

/** Default worker counts: 1, 2, 4, ... up to twice the cores, at most MAX_WORKERS. */
export function defaultWorkerCounts(cores: number): number[] {
  const limit = Math.min(MAX_WORKERS, Math.max(2, 2 * Math.max(1, Math.floor(cores))));
  const counts: number[] = [];
  for (let p = 1; p <= limit; p *= 2) counts.push(p);
  return counts;
}

/** Default settings for this machine. */
export function defaultRawParams(cores: number): RawLabParams {
  return { kernel: 'integrate', n: '10000', workers: defaultWorkerCounts(cores).join(','), repeats: '3', seed: '12345', autorun: '0' };
}

/** Default n per kernel, used when the kernel changes in the form. */
export const DEFAULT_N: Record<Kernel, string> = { integrate: '10000', pi: '30000000' };

const integerText = (what: string) =>
  z
    .string()
    .trim()
    .min(1, `Enter ${what}.`)
    .regex(/^[+-]?\d[\d_]*$|^\d+(\.\d+)?e\+?\d+$/i, `${what[0]!.toUpperCase()}${what.slice(1)} must be a whole number (digits only, or 1e6 style).`)
    .transform((s) => Number(s.replace(/_/g, '')))
    .refine((v) => Number.isSafeInteger(v), `${what[0]!.toUpperCase()}${what.slice(1)} must be a whole number.`);

const kernelSchema = z.enum(KERNELS, { error: () => `Unknown kernel: choose "integrate" (2D integration) or "pi" (Monte Carlo pi).` });

const repeatsSchema = integerText('the number of repeats').pipe(
  z.number().min(1, 'Repeats must be at least 1.').max(MAX_REPEATS, `At most ${MAX_REPEATS} repeats.`),
);

const seedSchema = integerText('a seed').pipe(z.number().min(0, 'The seed must be 0 or more.').max(2 ** 32 - 1, 'The seed must be below 2^32.'));

const workersSchema = workerCountsSchema({ max: MAX_WORKERS });

function nSchema(kernel: Kernel) {
  return kernel === 'integrate'
    ? integerText('the grid size n').pipe(
        z.number().min(1, 'The grid size n must be at least 1.').max(MAX_GRID, `A grid of more than ${MAX_GRID.toLocaleString('en')} points per axis takes too long; use a smaller n.`),
      )
    : integerText('the number of darts').pipe(
        z.number().min(1, 'Throw at least 1 dart.').max(MAX_DARTS, `More than ${MAX_DARTS.toLocaleString('en')} darts takes too long; use fewer.`),
      );
}

/**
 * Estimated duration of a sweep in seconds, assuming ASSUMED_RATE_PER_CORE evaluations per second
 * per core: each worker count runs (repeats + 1 warm-up) times, and p workers on c cores finish in
 * work / (rate * min(p, c)).
 */
export function estimateSweepSeconds(params: Pick<LabParams, 'n' | 'kernel' | 'workers' | 'repeats'>, cores: number): number {
  const work = params.kernel === 'integrate' ? params.n * params.n : params.n;
  const c = Math.max(1, cores);
  return params.workers.reduce((t, p) => t + ((params.repeats + 1) * work) / (ASSUMED_RATE_PER_CORE * Math.min(p, c)), 0);
}

/** Result of {@link validateLabParams}. */
export interface LabValidation {
  /** The settings, when every field is valid. */
  params: LabParams | null;
  /** One message per invalid field. */
  errors: Partial<Record<LabFieldName, string>>;
}

/**
 * Validates raw settings.
 *
 * @param raw text per field (missing fields take the defaults for `cores`)
 * @param cores logical cores the browser reports (navigator.hardwareConcurrency), for the defaults
 *   and the time estimate
 */
export function validateLabParams(raw: Partial<RawLabParams>, cores: number): LabValidation {
  const full = { ...defaultRawParams(cores), ...raw };
  const errors: Partial<Record<LabFieldName, string>> = {};
  const first = (r: { success: boolean; error?: z.ZodError }, field: LabFieldName): void => {
    if (!r.success) errors[field] = r.error?.issues[0]?.message ?? 'Invalid value.';
  };
  const kernel = kernelSchema.safeParse(full.kernel.trim());
  first(kernel, 'kernel');
  const n = kernel.success ? nSchema(kernel.data).safeParse(full.n) : null;
  if (n) first(n, 'n');
  const workers = workersSchema.safeParse(full.workers);
  first(workers, 'workers');
  const repeats = repeatsSchema.safeParse(full.repeats);
  first(repeats, 'repeats');
  const seed = seedSchema.safeParse(full.seed);
  first(seed, 'seed');
  const autorun = ['0', '1', 'true', 'false', ''].includes(full.autorun.trim());
  if (!autorun) errors.autorun = 'autorun must be 1 (run at once) or 0.';

  if (Object.keys(errors).length > 0 || !kernel.success || !n?.success || !workers.success || !repeats.success || !seed.success) {
    return { params: null, errors };
  }
  const params: LabParams = {
    kernel: kernel.data,
    n: n.data,
    workers: workers.data,
    repeats: repeats.data,
    seed: seed.data,
    autorun: ['1', 'true'].includes(full.autorun.trim()),
  };
  const seconds = estimateSweepSeconds(params, cores);
  if (seconds > MAX_SWEEP_SECONDS) {
    errors.n = `This sweep would take about ${Math.round(seconds / 60)} minutes on ${cores} cores; lower n, the repeats or the worker counts (limit: ${MAX_SWEEP_SECONDS / 60} minutes).`;
    return { params: null, errors };
  }
  return { params, errors };
}

/** Reads the raw settings present in a URL query (absent fields stay absent). */
export function rawParamsFromQuery(query: URLSearchParams): Partial<RawLabParams> {
  const raw: Partial<RawLabParams> = {};
  for (const field of ['kernel', 'n', 'workers', 'repeats', 'seed', 'autorun'] as const) {
    const v = query.get(field);
    if (v !== null) raw[field] = v;
  }
  return raw;
}

/** The query string of a lab link that reproduces `params` (without autorun unless asked). */
export function queryFromParams(params: Omit<LabParams, 'autorun'>, autorun = false): string {
  const q = new URLSearchParams({
    kernel: params.kernel,
    n: String(params.n),
    workers: params.workers.join(','),
    repeats: String(params.repeats),
    seed: String(params.seed),
  });
  if (autorun) q.set('autorun', '1');
  return q.toString();
}
