/**
 * Settings of the GPU lesson's labs.
 *
 * - GPU throughput (`#/lab/gpu-throughput?kernel=pi&sizes=1e4,1e5,1e6,1e7&workers=2&repeats=2&autorun=1`):
 *   a registry kernel with a GPU path, the problem sizes to measure (darts for pi, the grid size n
 *   for the integral), the CPU workers to compare with (js on that many workers) and the repeats.
 * - Vector add (`#/lab/gpu-vector-add?sizes=1e5,1e6,1e7&repeats=3&autorun=1`): vector lengths and repeats.
 *
 * Pure: any thread, and Node.
 */
import { KERNELS, MAX_DARTS, MAX_GRID, type AnyKernel } from '../../kernels/registry.ts';
import { MAX_VECTOR_LENGTH } from '../../gpu/limits.ts';
import { MAX_REPEATS, MAX_SWEEP_SECONDS, MAX_WORKERS } from '../../params/limits.ts';
import { choice, numberList, wholeNumber } from '../../params/parse.ts';
import { parseFields, type FieldSpec, type LabEnv, type LabSettings, type RawSettings, type Validation } from '../kit/settings.ts';
import { kernelFieldSchema } from '../../kernels/field-schema.ts';

/** Kernels that have a GPU path, in registry order. */
export const GPU_KERNELS: readonly AnyKernel[] = KERNELS.filter((k) => k.webgpu);

/** Fewest sizes a throughput chart needs to show a trend, and most a run takes. */
const MIN_SIZES = 2;
const MAX_SIZES = 8;

/** Validated settings of the throughput lab. */
export interface ThroughputParams {
  kernel: AnyKernel;
  /** Problem sizes, ascending: darts (pi) or grid points per axis (integrate). */
  sizes: number[];
  /** CPU workers of the comparison (js). */
  workers: number;
  repeats: number;
}

/** Fields of the throughput lab. */
export type ThroughputField = 'kernel' | 'sizes' | 'workers' | 'repeats';

/** Default sizes per kernel: from well below to well above where a GPU usually takes over. */
export const DEFAULT_SIZES: Record<string, string> = { pi: '1e4,1e5,1e6,1e7,3e7', integrate: '100,300,1000,3000,10000' };

/**
 * The kernel's parameters for one problem size (pi keeps its default seed).
 * @param size darts (pi) or grid points per axis (integrate)
 */
export function paramsAtSize(kernel: AnyKernel, size: number): Record<string, number> {
  const params = Object.fromEntries(Object.entries(kernel.fields).map(([name, f]) => [name, kernelFieldSchema(f).parse(f.default)]));
  return { ...params, n: size };
}

const kernelOf = (raw: RawSettings<ThroughputField>): AnyKernel => GPU_KERNELS.find((k) => k.id === raw.kernel?.trim()) ?? GPU_KERNELS[0]!;

const throughputFields: FieldSpec<ThroughputField>[] = [
  { name: 'kernel', label: 'Kernel', help: 'What the CPU workers and the GPU compute.', kind: 'select', options: GPU_KERNELS.map((k) => ({ value: k.id, label: k.label })) },
  {
    name: 'sizes',
    label: (raw) => (kernelOf(raw).id === 'pi' ? 'Darts per run' : 'Grid sizes n'),
    help: (raw) => (kernelOf(raw).id === 'pi' ? 'Problem sizes to measure, ascending: darts per run.' : 'Problem sizes to measure: n × n sin evaluations each.'),
    inputMode: 'text',
  },
  { name: 'workers', label: 'CPU workers', help: (_raw, env) => `JavaScript workers the GPU is compared with (this browser reports ${env.cores} cores).` },
  { name: 'repeats', label: 'Repeats', help: 'Timed runs per size and side, after one discarded warm-up.' },
];

function sizesSchema(kernel: AnyKernel) {
  const max = kernel.id === 'pi' ? MAX_DARTS : MAX_GRID;
  return numberList(kernel.id === 'pi' ? 'dart count' : 'grid size', { min: 1, max, minCount: MIN_SIZES, maxCount: MAX_SIZES });
}

/**
 * Estimated seconds of a throughput run: every size runs (repeats + 1) times on the CPU workers
 * (the kernel's cost estimate) and as often on the GPU, assumed here no faster than one core (a
 * software GPU such as SwiftShader can be slower still).
 */
export function estimateThroughputSeconds(p: ThroughputParams, cores: number): number {
  const perCore = (size: number) => p.kernel.work.amount(paramsAtSize(p.kernel, size)) / p.kernel.ratePerCore;
  return p.sizes.reduce((t, size) => t + (p.repeats + 1) * (perCore(size) / Math.min(p.workers, Math.max(1, cores)) + perCore(size)), 0);
}

function validateThroughput(raw: RawSettings<ThroughputField>, env: LabEnv): Validation<ThroughputField, ThroughputParams> {
  const kernelIds = GPU_KERNELS.map((k) => k.id) as [string, ...string[]];
  const kernel = GPU_KERNELS.find((k) => k.id === raw.kernel?.trim());
  const { values, errors, ok } = parseFields(raw, {
    kernel: choice(kernelIds, `Unknown kernel: choose ${kernelIds.map((k) => `"${k}"`).join(' or ')}.`),
    sizes: kernel ? sizesSchema(kernel) : undefined,
    workers: wholeNumber('the number of CPU workers', { min: 1, max: MAX_WORKERS }),
    repeats: wholeNumber('the number of repeats', { min: 1, max: MAX_REPEATS }),
  });
  if (!ok || !kernel) return { params: null, errors };
  const params: ThroughputParams = { kernel, sizes: values.sizes!, workers: values.workers!, repeats: values.repeats! };
  const seconds = estimateThroughputSeconds(params, env.cores);
  if (seconds > MAX_SWEEP_SECONDS) return { params: null, errors: { sizes: `This would take about ${Math.round(seconds / 60)} minutes; use smaller sizes or fewer repeats (limit: ${MAX_SWEEP_SECONDS / 60} minutes).` } };
  return { params, errors: {} };
}

/** The throughput lab's settings: pi at five sizes, the reported cores as CPU workers, 2 repeats. */
export const throughputSettings: LabSettings<ThroughputField, ThroughputParams> = {
  fields: throughputFields,
  defaults: (env) => ({ kernel: 'pi', sizes: DEFAULT_SIZES.pi!, workers: String(Math.max(1, Math.min(env.cores, MAX_WORKERS))), repeats: '2' }),
  validate: validateThroughput,
};

/** Validated settings of the vector-add lab. */
export interface VectorAddParams {
  /** Vector lengths (f32 elements), ascending. */
  sizes: number[];
  repeats: number;
}

/** Fields of the vector-add lab. */
export type VectorAddField = keyof VectorAddParams;

const vectorFields: FieldSpec<VectorAddField>[] = [
  { name: 'sizes', label: 'Vector lengths', help: `Elements per vector (f32), ascending; at most ${MAX_VECTOR_LENGTH.toLocaleString('en')} (128 MiB a vector).`, inputMode: 'text' },
  { name: 'repeats', label: 'Repeats', help: 'Timed runs per length, after one discarded warm-up; medians are shown.' },
];

const vectorSchemas = {
  sizes: numberList('vector length', { min: 1, max: MAX_VECTOR_LENGTH, maxCount: MAX_SIZES, tooLarge: `{value} is too long: at most ${MAX_VECTOR_LENGTH.toLocaleString('en')} elements (2^25) fit one GPU buffer binding.` }),
  repeats: wholeNumber('the number of repeats', { min: 1, max: MAX_REPEATS }),
};

/** The vector-add lab's settings: 10^4 to 10^7 elements, 3 repeats. */
export const vectorAddSettings: LabSettings<VectorAddField, VectorAddParams> = {
  fields: vectorFields,
  defaults: () => ({ sizes: '1e4,1e5,1e6,1e7', repeats: '3' }),
  validate: (raw) => {
    const { values, errors, ok } = parseFields(raw, vectorSchemas);
    return ok ? { params: { sizes: values.sizes!, repeats: values.repeats! }, errors: {} } : { params: null, errors };
  },
};
