/// <reference types="@webgpu/types" />
/**
 * c = a + b on the GPU (WGSL: shaders/vector-add.wgsl), the UPPMAX page's numba
 * `@vectorize(target='cuda')` example: the inputs go up, one addition per element, the sum comes
 * back, each phase timed. The inputs are whole numbers below 2^17, so every f32 sum is exact and
 * the result is checked element by element against the CPU. GPU worker.
 */
import vectorAddWgsl from './shaders/vector-add.wgsl?raw';
import { computePipeline, gpuContext } from './device.ts';
import { bindBuffers, timedCompute, timedDownload, timedUpload } from './run-helpers.ts';
import { dispatchGrid, type GpuTimings } from './timing.ts';

const WORKGROUP = 256;

import { MAX_VECTOR_LENGTH } from './limits.ts';

/** Element i of the inputs (whole numbers, so a + b is exact in f32). Pure. */
export function vectorInputs(length: number): { a: Float32Array; b: Float32Array } {
  const a = new Float32Array(length);
  const b = new Float32Array(length);
  for (let i = 0; i < length; i++) {
    a[i] = i % 65_536;
    b[i] = (i * 7) % 65_521;
  }
  return { a, b };
}

/**
 * The same c = a + b as a plain JavaScript loop over Float32Arrays (the UPPMAX page's
 * `vector_add_cpu`, without numba), timed: the CPU side of the comparison. Runs in the GPU worker,
 * which needs no WebGPU for it. Cost: `length` additions.
 * @returns the loop's wall time (ms), excluding making the inputs
 * @throws RangeError for a length outside 1 … {@link MAX_VECTOR_LENGTH}
 */
export function cpuVectorAdd(length: number): { length: number; ms: number } {
  if (!Number.isInteger(length) || length < 1 || length > MAX_VECTOR_LENGTH) throw new RangeError(`The vector add takes 1 to ${MAX_VECTOR_LENGTH} elements, not ${length}.`);
  const { a, b } = vectorInputs(length);
  const c = new Float32Array(length);
  const t0 = performance.now();
  for (let i = 0; i < length; i++) c[i] = a[i]! + b[i]!;
  const ms = performance.now() - t0;
  if (c[length - 1] !== a[length - 1]! + b[length - 1]!) throw new Error('The CPU vector add went wrong.');
  return { length, ms };
}

/** What one GPU vector add returns. */
export interface GpuVectorAddRun {
  length: number;
  /** Elements where the GPU's c[i] differs from the CPU's a[i] + b[i] (0 when exact). */
  mismatches: number;
  timings: GpuTimings;
  description: string;
}

/**
 * Adds two vectors of `length` f32 on this thread's GPU device and checks every element.
 * Cost: 12 bytes moved per element (8 up, 4 down) and one addition.
 * @throws RangeError for a length outside 1 … {@link MAX_VECTOR_LENGTH}; GpuUnavailableError
 *   without WebGPU or when the device is lost during the run
 */
export async function gpuVectorAdd(length: number): Promise<GpuVectorAddRun> {
  if (!Number.isInteger(length) || length < 1 || length > MAX_VECTOR_LENGTH) throw new RangeError(`The vector add takes 1 to ${MAX_VECTOR_LENGTH} elements, not ${length}.`);
  const context = await gpuContext();
  const { device } = context;
  const pipeline = await computePipeline(context, 'vector-add.wgsl', vectorAddWgsl, 'main');
  const { a, b } = vectorInputs(length);
  const grid = dispatchGrid(length, WORKGROUP);
  const bytes = 4 * length;
  const storage = GPUBufferUsage.STORAGE | GPUBufferUsage.COPY_DST;
  const uniform = device.createBuffer({ label: 'vector params', size: 8, usage: GPUBufferUsage.UNIFORM | GPUBufferUsage.COPY_DST });
  const bufA = device.createBuffer({ label: 'a', size: bytes, usage: storage });
  const bufB = device.createBuffer({ label: 'b', size: bytes, usage: storage });
  const bufC = device.createBuffer({ label: 'c', size: bytes, usage: GPUBufferUsage.STORAGE | GPUBufferUsage.COPY_SRC });
  try {
    const uploadMs = await timedUpload(context, (queue) => {
      queue.writeBuffer(uniform, 0, new Uint32Array([length, grid.invocationsPerRow]));
      queue.writeBuffer(bufA, 0, a);
      queue.writeBuffer(bufB, 0, b);
    });
    const group = bindBuffers(device, pipeline, [uniform, bufA, bufB, bufC]);
    const compute = await timedCompute(context, 'vector add', (pass) => {
      pass.setPipeline(pipeline);
      pass.setBindGroup(0, group);
      pass.dispatchWorkgroups(grid.x, grid.y);
    });
    const download = await timedDownload(context, bufC, bytes);
    const c = new Float32Array(download.bytes);
    let mismatches = 0;
    for (let i = 0; i < length; i++) if (c[i] !== a[i]! + b[i]!) mismatches++;
    return {
      length,
      mismatches,
      description: context.description,
      timings: { uploadMs, computeMs: compute.ms, downloadMs: download.ms, computeMethod: compute.method, uploadBytes: 2 * bytes + 8, downloadBytes: bytes },
    };
  } finally {
    uniform.destroy();
    bufA.destroy();
    bufB.destroy();
    bufC.destroy();
  }
}
