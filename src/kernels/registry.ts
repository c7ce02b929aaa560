/**
 * The kernel registry: every workhorse kernel is registered here once, and everything that offers
 * a choice of kernel iterates over it: the speedup lab's form and its lab links, the kernel
 * worker (which runs a block of work by kernel id), `npm run bench` and README's kernel table.
 *
 * Adding a kernel is one entry in {@link KERNELS} below plus the pure function that computes one
 * block of its work (in this folder): the worker, the pool, the lab, the link schema and the
 * benchmark pick it up from here.
 *
 * An entry says:
 * - `id`, `label`, `description`, `source` (the course it comes from);
 * - `fields`: its parameters, as lab fields with a zod schema from the typed text (the lab-link
 *   parameter of the same name);
 * - `work`: the unit of its work (evaluations, darts, bytes) and how much one run does, which with
 *   `ratePerCore` gives the cost estimate used to refuse sweeps over five minutes;
 * - `split`: the blocks a run on p workers hands out (block k goes to worker k);
 * - `implementations`: per CPU implementation (`js`; `wasm` and `simd`, compiled from the
 *   AssemblyScript in ./wasm/) the function that computes one block, run inside a worker,
 *   synchronous;
 * - `webgpu` (optional): the GPU path, which does not split into blocks: one asynchronous run of
 *   the whole problem on the GPU device of the GPU worker (src/gpu/), with its upload, compute and
 *   download times; its code is imported only when it runs, so CPU workers and Node never load it;
 * - `prepare`: per implementation that needs it, what a thread must await once before its first
 *   block (instantiating the WebAssembly module): see {@link prepareImplementation};
 * - `combine`: how block results make the run's result, with its value and its text;
 * - `bench`: the parameters `npm run bench` measures it with.
 *
 * Pure: any thread (the page, kernel workers) and Node.
 */
import type { WholeNumberOptions } from '../params/parse.ts';
import { formatScientific as formatPythonE } from '../lib/python-format.ts';
import { MAX_SEED } from '../params/limits.ts';
import { decompose, type RowBlock } from './decomposition.ts';
import { combineInRankOrder, integrate2dRows } from './integrate2d.ts';
import { combineSamples, piEstimate, samplePi, splitDarts, type PiSample } from './monte-carlo-pi.ts';
import { loadWasmKernels, simdIntegrateRows, simdSamplePi, wasmIntegrateRows, wasmSamplePi } from './wasm-kernels.ts';
import type { GpuTimings } from '../gpu/timing.ts';

/**
 * Ways a kernel can be computed: `js` (the reference: the course's digits), `wasm` (scalar
 * WebAssembly: the integral with its own sine, so its last digits differ from js; pi's darts the
 * same as js), `simd` (WebAssembly 128-bit SIMD: the integral's last digits and pi's darts differ
 * from js; see src/kernels/wasm-kernels.ts), all in blocks on CPU workers;
 * and `webgpu` (WGSL compute shaders on the GPU, in f32 for the integral and with the Philox
 * generator for pi; see src/gpu/).
 */
export const IMPLEMENTATIONS = ['js', 'wasm', 'simd', 'webgpu'] as const;
/** An implementation id (the `impl` of lab links). */
export type Implementation = (typeof IMPLEMENTATIONS)[number];

/** The implementations that compute blocks on CPU workers (all but `webgpu`). */
export const CPU_IMPLEMENTATIONS = ['js', 'wasm', 'simd'] as const satisfies readonly Implementation[];
/** A CPU implementation id. */
export type CpuImplementation = (typeof CPU_IMPLEMENTATIONS)[number];

/** Human names of the implementations. */
export const IMPLEMENTATION_LABELS: Record<Implementation, string> = { js: 'JavaScript', wasm: 'WebAssembly', simd: 'WebAssembly SIMD', webgpu: 'WebGPU' };

/** What the WebAssembly implementations await before their first block in a thread. */
const WASM_PREPARE = { wasm: () => loadWasmKernels('wasm'), simd: () => loadWasmKernels('simd') };

/** Units a kernel's work is counted in. */
export type WorkUnit = 'evaluations' | 'darts' | 'bytes';

/** One parameter of a kernel, as a lab field and a lab-link parameter. */
export interface KernelField {
  /** Label in the form. */
  label: string;
  /** Help text under the field. */
  help: string;
  /** Default text. */
  default: string;
  /**
   * What the field accepts: a whole number in [min, max], by src/params/parse.ts's rule, with
   * `name` (e.g. "the grid size n") in its messages. Plain data, so that the kernel workers, which
   * import this registry, do not load zod: the lab side builds the schema
   * (kernelFieldSchema in ./field-schema.ts).
   */
  accepts: WholeNumberOptions & { name: string };
}

/** The combined result of one run. */
export interface KernelResult {
  /** The scalar the lab charts and exports (the integral; the pi estimate). */
  value: number;
  /** The value as the course prints it, e.g. `4.492851e-12` or `3.141593e+00`. */
  text: string;
  /** One standard error of `value`, for estimates. */
  standardError?: number;
}

/** One run of a kernel on the GPU: the result and how long each phase took. */
export interface GpuKernelRun {
  result: KernelResult;
  /** Upload, compute and download (ms), and how compute was timed. */
  timings: GpuTimings;
  /** The adapter that ran it (one line). */
  description: string;
  /** Numbers of the kernel's own, for checks and exports (e.g. `inside` darts). */
  details: Record<string, number>;
}

/** A kernel's GPU path (`impl=webgpu`). */
export interface GpuKernel<P> {
  /**
   * Runs the whole problem on this thread's GPU device. Runs in the GPU worker
   * (src/gpu/gpu.worker.ts); it imports its GPU code on first call.
   * @throws GpuUnavailableError without WebGPU or when the device is lost; RangeError on bad input
   */
  run: (params: P) => Promise<GpuKernelRun>;
  /** What the GPU result is and how it differs from js (for the lab page and README). */
  note: string;
}

/** A registered kernel; `P` its parameters, `B` one block of work, `R` a block's result. */
export interface KernelDefinition<P extends Record<string, number>, B, R> {
  /** Identifier: the `kernel` of lab links. */
  id: string;
  /** Name in forms and tables. */
  label: string;
  /** One sentence on what it computes. */
  description: string;
  /** The course the kernel comes from. */
  source: string;
  /** Its parameters by name (the lab-link parameter names), in form order. */
  fields: { [K in keyof P]: KernelField };
  /** The unit of work and how much one run of `params` does (in that unit). */
  work: { unit: WorkUnit; amount: (params: P) => number };
  /** Throughput assumed by the cost estimate: units of work per second on one core. */
  ratePerCore: number;
  /** The blocks of a run on `workers` workers; block k runs on worker k. @throws RangeError on bad input */
  split: (params: P, workers: number) => B[];
  /**
   * Computes one block, per implementation. Runs in a kernel worker (or Node). `shouldStop`, when
   * the implementation checks it (the js kernels do, between rows or every 2^20 darts), ends the
   * block early with an AbortError, so a cancelled run stops computing within milliseconds.
   */
  implementations: { [I in Implementation]?: I extends CpuImplementation ? (params: P, block: B, shouldStop?: () => boolean) => R : never };
  /** The GPU path, when the kernel has one (`impl=webgpu`): not split into blocks. */
  webgpu?: GpuKernel<P>;
  /** Per implementation that needs it: awaited once per thread before its first block (may reject with a message for the reader). */
  prepare?: { [I in Implementation]?: () => Promise<void> };
  /** The run's result from the block results, in block order. */
  combine: (params: P, results: readonly R[]) => KernelResult;
  /** Field text `npm run bench` runs it with (a size that takes about a second on one core). */
  bench: { [K in keyof P]: string };
}

/** Declares a kernel (type-checks the entry, then erases its types for the registry). */
function defineKernel<P extends Record<string, number>, B, R>(def: KernelDefinition<P, B, R>): AnyKernel {
  return def as unknown as AnyKernel;
}

/** A registry entry with its types erased. */
export type AnyKernel = KernelDefinition<Record<string, number>, unknown, unknown>;

/** Largest integration grid (n^2 evaluations: 3.6e9 at the limit). */
export const MAX_GRID = 60_000;
/** Most darts for Monte Carlo pi. */
export const MAX_DARTS = 2_000_000_000;

const integrate = defineKernel<{ n: number }, RowBlock, number>({
  id: 'integrate',
  label: '2D integration of sin(x+y)',
  description: 'The midpoint rule for the integral of sin(x + y) over [0, π]² on an n × n grid; worker k takes a contiguous block of rows and the partial sums are added in rank order.',
  source: 'HPC2N/UPPMAX/LUNARC/NSC/PDC "Parallel computing with Python"',
  fields: {
    n: {
      label: 'Grid size n',
      help: 'Grid points per axis: n² sin evaluations.',
      default: '10000',
      accepts: {
        name: 'the grid size n',
        min: 1,
        max: MAX_GRID,
        tooSmall: 'The grid size n must be at least 1.',
        tooLarge: `A grid of more than ${MAX_GRID.toLocaleString('en')} points per axis takes too long; use a smaller n.`,
      },
    },
  },
  work: { unit: 'evaluations', amount: ({ n }) => n * n },
  ratePerCore: 1e8,
  split: ({ n }, workers) => decompose(n, workers),
  implementations: {
    js: ({ n }, { begin, end }, shouldStop) => integrate2dRows(n, begin, end, shouldStop),
    wasm: ({ n }, { begin, end }) => wasmIntegrateRows(n, begin, end),
    simd: ({ n }, { begin, end }) => simdIntegrateRows(n, begin, end),
  },
  webgpu: {
    run: async ({ n }) => {
      const { gpuIntegrate } = await import('../gpu/integrate-gpu.ts');
      const r = await gpuIntegrate(n);
      return { result: { value: r.value, text: formatPythonE(r.value) }, timings: r.timings, description: r.description, details: {} };
    },
    note: 'In f32 on the GPU (WGSL has no f64): Kahan sums per invocation, then pairwise sums in workgroup memory; the result lands about 1e-7 to 1e-6 from 0 (f32 rounding) rather than at the course’s 4.492851e-12.',
  },
  prepare: WASM_PREPARE,
  combine: (_params, partials) => {
    const value = combineInRankOrder(partials);
    return { value, text: formatPythonE(value) };
  },
  bench: { n: '10000' },
});

const pi = defineKernel<{ n: number; seed: number }, { darts: number; stream: number }, PiSample>({
  id: 'pi',
  label: 'Monte Carlo pi',
  description: 'Darts thrown at the unit square; 4 × (inside the quarter circle) / darts estimates π. Worker k draws from stream k of the seeded generator (with simd, streams 4k to 4k + 3, one per SIMD lane), so a run is reproducible.',
  source: 'Aalto "Python for Scientific Computing" and UPPMAX "How to run parallel jobs in Python"',
  fields: {
    n: {
      label: 'Darts',
      help: 'Darts in total, split evenly among the workers.',
      default: '30000000',
      accepts: {
        name: 'the number of darts',
        min: 1,
        max: MAX_DARTS,
        tooSmall: 'Throw at least 1 dart.',
        tooLarge: `More than ${MAX_DARTS.toLocaleString('en')} darts takes too long; use fewer.`,
      },
    },
    seed: {
      label: 'Seed',
      help: 'Seed of the random streams: the same seed, darts and workers give the same estimate.',
      default: '12345',
      accepts: { name: 'the seed', min: 0, max: MAX_SEED, tooSmall: 'The seed must be 0 or more.', tooLarge: 'The seed must be below 2^32.' },
    },
  },
  work: { unit: 'darts', amount: ({ n }) => n },
  ratePerCore: 1e8,
  split: ({ n }, workers) => splitDarts(n, workers).map((darts, stream) => ({ darts, stream })),
  implementations: {
    js: ({ seed }, { darts, stream }, shouldStop) => samplePi(darts, seed, stream, shouldStop),
    wasm: ({ seed }, { darts, stream }) => wasmSamplePi(darts, seed, stream),
    simd: ({ seed }, { darts, stream }) => simdSamplePi(darts, seed, stream),
  },
  webgpu: {
    run: async ({ n, seed }) => {
      const { gpuPi } = await import('../gpu/pi-gpu.ts');
      const r = await gpuPi(n, seed);
      const { estimate, standardError } = piEstimate({ n: r.darts, inside: r.inside });
      return { result: { value: estimate, text: formatPythonE(estimate), standardError }, timings: r.timings, description: r.description, details: { inside: r.inside } };
    },
    note: 'Every pair of darts draws from the Philox4x32-10 counter-based generator (Salmon et al., SC ’11), so the estimate differs from js within the statistical error, and is the same for a seed however the GPU schedules it.',
  },
  prepare: WASM_PREPARE,
  combine: (_params, samples) => {
    const { estimate, standardError } = piEstimate(combineSamples(samples));
    return { value: estimate, text: formatPythonE(estimate), standardError };
  },
  bench: { n: '100000000', seed: '1' },
});

/** Every registered kernel, in the order forms list them. */
export const KERNELS: readonly AnyKernel[] = [integrate, pi];

/** The implementations `kernel` offers, in {@link IMPLEMENTATIONS} order (webgpu when it has a GPU path). */
export function implementationsOf(kernel: AnyKernel): Implementation[] {
  return IMPLEMENTATIONS.filter((i) => (i === 'webgpu' ? !!kernel.webgpu : !!kernel.implementations[i]));
}

/** Kernel ids, in registry order. */
export const KERNEL_IDS = KERNELS.map((k) => k.id);

/**
 * The kernel registered as `id`.
 * @throws RangeError for an unknown id, naming the known ones
 */
export function kernelById(id: string): AnyKernel {
  const kernel = KERNELS.find((k) => k.id === id);
  if (!kernel) throw new RangeError(`Unknown kernel "${id}": known kernels are ${KERNEL_IDS.join(', ')}.`);
  return kernel;
}

const GPU_NOT_IN_BLOCKS = (kernelId: string): string =>
  `The kernel "${kernelId}" has no "webgpu" implementation on CPU workers: its GPU path runs whole on the GPU worker (runGpuKernel).`;

/**
 * Runs `kernel`'s GPU path with `params`. Runs in the GPU worker (src/gpu/gpu.worker.ts).
 * @throws RangeError for an unknown kernel or one without a GPU path; whatever the GPU path throws
 */
export function runGpuKernel(kernelId: string, params: Record<string, number>): Promise<GpuKernelRun> {
  const kernel = kernelById(kernelId);
  if (!kernel.webgpu) throw new RangeError(`The kernel "${kernelId}" has no "webgpu" implementation.`);
  return kernel.webgpu.run(params);
}

/**
 * Makes `impl` of a kernel ready in this thread (instantiates its WebAssembly module; nothing for
 * js): await it before {@link computeBlock}. Cached per thread, so only the first call of a worker
 * costs; the kernel worker calls it outside the timed part of a block.
 *
 * @throws RangeError (synchronously) for an unknown kernel or an implementation the kernel lacks;
 *   the promise rejects when the module cannot be loaded, or for `simd` where the engine has no
 *   WebAssembly SIMD (with the message the speedup lab shows)
 */
export function prepareImplementation(kernelId: string, impl: Implementation): Promise<void> {
  const kernel = kernelById(kernelId);
  if (impl === 'webgpu') throw new RangeError(GPU_NOT_IN_BLOCKS(kernelId));
  if (!kernel.implementations[impl]) throw new RangeError(`The kernel "${kernelId}" has no "${impl}" implementation.`);
  return kernel.prepare?.[impl]?.() ?? Promise.resolve();
}

/**
 * Computes one block of a kernel's work with the given implementation, synchronously. Runs in a
 * kernel worker (or Node, for tests and the benchmark), after {@link prepareImplementation}.
 *
 * @param shouldStop see {@link KernelDefinition.implementations}
 * @throws RangeError for an unknown kernel or an implementation the kernel lacks; Error when the
 *   implementation was not prepared in this thread; DOMException AbortError when stopped
 */
export function computeBlock(kernelId: string, impl: Implementation, params: Record<string, number>, block: unknown, shouldStop?: () => boolean): unknown {
  const kernel = kernelById(kernelId);
  if (impl === 'webgpu') throw new RangeError(GPU_NOT_IN_BLOCKS(kernelId));
  const compute = kernel.implementations[impl];
  if (!compute) throw new RangeError(`The kernel "${kernelId}" has no "${impl}" implementation.`);
  return compute(params, block, shouldStop);
}

/**
 * Estimated seconds of a sweep: each worker count runs (repeats + 1 warm-up) times, and p workers
 * on c cores finish `work` units in work / (ratePerCore · min(p, c)).
 *
 * @param workerCounts the sweep's worker counts
 * @param cores logical cores the browser reports
 */
export function estimateSweepSeconds(kernel: AnyKernel, params: Record<string, number>, workerCounts: readonly number[], repeats: number, cores: number): number {
  const work = kernel.work.amount(params);
  const c = Math.max(1, cores);
  return workerCounts.reduce((t, p) => t + ((repeats + 1) * work) / (kernel.ratePerCore * Math.min(p, c)), 0);
}
