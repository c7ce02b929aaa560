/// <reference types="@webgpu/types" />
/**
 * The courses' midpoint integral of sin(x + y) over [0, π]² on the GPU in f32 (WGSL:
 * shaders/integrate.wgsl): Kahan sums per invocation, pairwise sums in workgroup memory, and a
 * second pass that adds the workgroups' partial sums the same way. GPU worker.
 */
import integrateWgsl from './shaders/integrate.wgsl?raw';
import { computePipeline, gpuContext } from './device.ts';
import { bindBuffers, timedCompute, timedDownload, timedUpload } from './run-helpers.ts';
import { dispatchGrid, type GpuTimings } from './timing.ts';
export { F32_INTEGRAL_BOUND } from './limits.ts';

/** Invocations per workgroup and columns per invocation (the shader's WORKGROUP and COLUMNS). */
const WORKGROUP = 256;
const COLUMNS = 256;

/** Largest grid the shader takes: n × ceil(n / 256) invocations must fit 65 535² workgroups of 256 (far more than the registry's 60 000). */
export const MAX_GPU_GRID = 60_000;


/** What one GPU integration returns. */
export interface GpuIntegrateRun {
  n: number;
  /** The f32 integral (as a double). */
  value: number;
  timings: GpuTimings;
  description: string;
}

/**
 * The midpoint integral on an n × n grid on this thread's GPU device. Cost: n² f32 sines.
 * @throws RangeError for n outside 1 … {@link MAX_GPU_GRID}; GpuUnavailableError without WebGPU
 *   or when the device is lost during the run
 */
export async function gpuIntegrate(n: number): Promise<GpuIntegrateRun> {
  if (!Number.isInteger(n) || n < 1 || n > MAX_GPU_GRID) throw new RangeError(`The GPU integral takes a grid of 1 to ${MAX_GPU_GRID} points per axis, not ${n}.`);
  const context = await gpuContext();
  const { device } = context;
  const [rows, combine] = await Promise.all([
    computePipeline(context, 'integrate.wgsl', integrateWgsl, 'rows'),
    computePipeline(context, 'integrate.wgsl', integrateWgsl, 'combine'),
  ]);
  const chunksPerRow = Math.ceil(n / COLUMNS);
  const grid = dispatchGrid(n * chunksPerRow, WORKGROUP);
  const partials = grid.x * grid.y;
  const uniform = device.createBuffer({ label: 'integrate params', size: 16, usage: GPUBufferUsage.UNIFORM | GPUBufferUsage.COPY_DST });
  const partialSums = device.createBuffer({ label: 'partial sums', size: 4 * partials, usage: GPUBufferUsage.STORAGE });
  const result = device.createBuffer({ label: 'integral', size: 4, usage: GPUBufferUsage.STORAGE | GPUBufferUsage.COPY_SRC });
  try {
    const uploadMs = await timedUpload(context, (queue) => queue.writeBuffer(uniform, 0, new Uint32Array([n, chunksPerRow, grid.invocationsPerRow, partials])));
    const rowsGroup = bindBuffers(device, rows, [uniform, partialSums]);
    const combineGroup = bindBuffers(device, combine, [uniform, partialSums, result]);
    const compute = await timedCompute(context, 'integrate', (pass) => {
      pass.setPipeline(rows);
      pass.setBindGroup(0, rowsGroup);
      pass.dispatchWorkgroups(grid.x, grid.y);
      pass.setPipeline(combine);
      pass.setBindGroup(0, combineGroup);
      pass.dispatchWorkgroups(1);
    });
    const download = await timedDownload(context, result, 4);
    return {
      n,
      value: new Float32Array(download.bytes)[0]!,
      description: context.description,
      timings: { uploadMs, computeMs: compute.ms, downloadMs: download.ms, computeMethod: compute.method, uploadBytes: 16, downloadBytes: 4 },
    };
  } finally {
    uniform.destroy();
    partialSums.destroy();
    result.destroy();
  }
}
