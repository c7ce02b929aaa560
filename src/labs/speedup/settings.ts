/**
 * Settings of the speedup lab, built from the kernel registry: the kernel and implementation
 * choices list what the registry holds, each kernel's own parameters become fields (shown only
 * for kernels that have them), then the worker counts and repeats. Lab links:
 * `#/lab/speedup?kernel=pi&impl=js&n=30000000&seed=7&workers=1,2,4&repeats=3&autorun=1`; the old
 * form `#/lab?kernel=…` opens the same lab. `impl=simd` is refused, with a message beside the
 * field, where the engine has no WebAssembly SIMD (src/kernels/wasm-simd-support.ts).
 *
 * `impl=webgpu` runs the whole problem on the GPU from the GPU worker (src/gpu/), so the worker
 * counts do not apply: the field is hidden (a link's `workers` is ignored, and the page says so)
 * and the sweep has one row, the GPU. Where the browser plainly has no WebGPU (no `navigator.gpu`,
 * or a page that is not a secure context) the field is refused here; where it has the API but no
 * adapter, the lab refuses it once its probe answers (SpeedupLab.tsx).
 *
 * Pure: any thread, and Node.
 */
import { IMPLEMENTATION_LABELS, IMPLEMENTATIONS, KERNELS, estimateSweepSeconds, implementationsOf, type AnyKernel, type Implementation } from '../../kernels/registry.ts';
import { GPU_UNAVAILABLE_MESSAGES, webGpuApiMissing } from '../../gpu/availability.ts';
import { hasRelaxedSimd, hasWasmSimd, NO_SIMD_MESSAGE } from '../../kernels/wasm-simd-support.ts';
import { MAX_REPEATS, MAX_SWEEP_SECONDS } from '../../params/limits.ts';
import { choice, wholeNumber } from '../../params/parse.ts';
import { parseFields, type FieldSpec, type LabEnv, type LabSettings, type RawSettings, type Validation } from '../kit/settings.ts';
import { defaultWorkerCounts, workerCountsSchema } from '../kit/worker-counts.ts';
import { kernelFieldSchema } from '../../kernels/field-schema.ts';

/** Validated settings of one sweep. */
export interface SpeedupParams {
  kernel: AnyKernel;
  impl: Implementation;
  /** The kernel's own parameters, by field name. */
  values: Record<string, number>;
  /** Worker counts, ascending, including 1 (for webgpu: [1], the one GPU device). */
  workers: number[];
  /** Timed runs per worker count. */
  repeats: number;
}

const kernelFieldNames = [...new Set(KERNELS.flatMap((k) => Object.keys(k.fields)))];

/** Field names of the speedup lab (kernel fields from the registry). */
export type SpeedupField = string;

const kernelOf = (raw: RawSettings<SpeedupField>): AnyKernel | undefined => KERNELS.find((k) => k.id === raw.kernel?.trim());

const fields: FieldSpec<SpeedupField>[] = [
  {
    name: 'kernel',
    label: 'Kernel',
    help: 'What each worker computes.',
    kind: 'select',
    options: KERNELS.map((k) => ({ value: k.id, label: k.label })),
  },
  {
    name: 'impl',
    label: 'Implementation',
    help: (raw) => (raw.impl?.trim() === 'simd' ? simdHelp() : 'How the kernel is compiled and run.'),
    kind: 'select',
    options: (raw) => (kernelOf(raw) ? implementationsOf(kernelOf(raw)!) : IMPLEMENTATIONS).map((i) => ({ value: i, label: IMPLEMENTATION_LABELS[i] })),
  },
  ...kernelFieldNames.map(
    (name): FieldSpec<SpeedupField> => ({
      name,
      label: (raw) => (kernelOf(raw) ?? KERNELS[0]!).fields[name]?.label ?? name,
      help: (raw) => (kernelOf(raw) ?? KERNELS[0]!).fields[name]?.help ?? '',
      when: (raw) => !!(kernelOf(raw) ?? KERNELS[0]!).fields[name],
    }),
  ),
  { name: 'workers', label: 'Worker counts', help: 'Comma-separated worker counts; include 1, the baseline.', inputMode: 'text', when: (raw) => raw.impl?.trim() !== 'webgpu' },
  { name: 'repeats', label: 'Repeats', help: 'Timed runs per worker count, after one discarded warm-up run.' },
];

/** Default text of every field for a kernel (its own parameters' defaults). */
export function kernelDefaults(kernel: AnyKernel): Record<string, string> {
  return Object.fromEntries(Object.entries(kernel.fields).map(([name, f]) => [name, f.default]));
}

function defaults(env: LabEnv): RawSettings<SpeedupField> {
  const blank = Object.fromEntries(kernelFieldNames.map((n) => [n, KERNELS.find((k) => k.fields[n])!.fields[n]!.default]));
  return { kernel: KERNELS[0]!.id, impl: 'js', ...blank, ...kernelDefaults(KERNELS[0]!), workers: defaultWorkerCounts(env.cores).join(','), repeats: '3' };
}

const kernelChoice = choice(KERNELS.map((k) => k.id) as [string, ...string[]], `Unknown kernel: choose ${KERNELS.map((k) => `"${k.id}" (${k.label})`).join(' or ')}.`);
const repeatsSchema = wholeNumber('the number of repeats', { min: 1, max: MAX_REPEATS, tooSmall: 'Repeats must be at least 1.', tooLarge: `At most ${MAX_REPEATS} repeats.` });

function validate(raw: RawSettings<SpeedupField>, env: LabEnv): Validation<SpeedupField, SpeedupParams> {
  const kernelId = kernelChoice.safeParse(raw.kernel ?? '');
  const kernel = kernelId.success ? kernelOf(raw) : undefined;
  const implIds = kernel ? implementationsOf(kernel) : IMPLEMENTATIONS;
  const gpu = raw.impl?.trim() === 'webgpu';
  const implSchema = choice(implIds as unknown as [string, ...string[]], `Unknown implementation "${raw.impl}": ${kernel ? `${kernel.label} runs as` : 'choose'} ${implIds.map((i) => `"${i}"`).join(' or ')}.`);
  const schemas: Record<string, import('zod').ZodType<unknown, string> | undefined> = {
    kernel: kernelChoice,
    impl: implSchema,
    workers: gpu ? undefined : workerCountsSchema(),
    repeats: repeatsSchema,
  };
  for (const [name, field] of Object.entries((kernel ?? KERNELS[0]!).fields)) schemas[name] = kernelFieldSchema(field);
  const parsed = parseFields(raw, schemas);
  const { errors } = parsed;
  const values = parsed.values as Record<string, unknown>;
  if (values.impl === 'simd' && !hasWasmSimd()) errors.impl = NO_SIMD_MESSAGE;
  const gpuMissing = values.impl === 'webgpu' ? webGpuApiMissing() : null;
  if (gpuMissing) errors.impl = `${GPU_UNAVAILABLE_MESSAGES[gpuMissing]} Nothing runs with impl=webgpu here; choose js, wasm or simd.`;
  const ok = Object.keys(errors).length === 0;
  if (!kernelId.success || !kernel || !ok) return { params: null, errors };
  const kernelValues = Object.fromEntries(Object.keys(kernel.fields).map((n) => [n, values[n] as number]));
  const params: SpeedupParams = {
    kernel,
    impl: values.impl as Implementation,
    values: kernelValues,
    workers: gpu ? [1] : (values.workers as number[]),
    repeats: values.repeats as number,
  };
  const seconds = estimateSweepSeconds(kernel, kernelValues, params.workers, params.repeats, env.cores);
  if (seconds > MAX_SWEEP_SECONDS) {
    const first = Object.keys(kernel.fields)[0]!;
    return {
      params: null,
      errors: { [first]: `This sweep would take about ${Math.round(seconds / 60)} minutes on ${env.cores} cores; lower ${first}, the repeats or the worker counts (limit: ${MAX_SWEEP_SECONDS / 60} minutes).` },
    };
  }
  return { params, errors: {} };
}

/** The speedup lab's settings. */
/** The implementation field's help for simd: which of its two builds this browser runs. Any thread. */
function simdHelp(): string {
  if (!hasWasmSimd()) return 'How the kernel is compiled and run.';
  return hasRelaxedSimd()
    ? 'WebAssembly SIMD, two doubles per instruction, with fused multiply-add (this browser has relaxed SIMD).'
    : 'WebAssembly SIMD, two doubles per instruction, without fused multiply-add (this browser has no relaxed SIMD).';
}

export const speedupSettings: LabSettings<SpeedupField, SpeedupParams> = { fields, defaults, validate };

/** The kernel of some raw settings, if the kernel field names a registered kernel. */
export { kernelOf };
