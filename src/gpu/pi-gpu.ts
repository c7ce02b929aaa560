/// <reference types="@webgpu/types" />
/**
 * Monte Carlo pi on the GPU (WGSL: shaders/pi.wgsl with shaders/philox.wgsl): Philox4x32-10 per
 * dart pair, counts reduced in workgroup memory and across workgroups with one atomicAdd per
 * workgroup. The count equals {@link philoxPiInside} of ./philox.ts for the same seed and darts,
 * bit for bit. GPU worker.
 */
import philoxWgsl from './shaders/philox.wgsl?raw';
import piWgsl from './shaders/pi.wgsl?raw';
import { computePipeline, gpuContext } from './device.ts';
import { bindBuffers, timedCompute, timedDownload, timedUpload } from './run-helpers.ts';
import { dispatchGrid, type GpuTimings } from './timing.ts';
import { MAX_PHILOX_DARTS } from './philox.ts';

/** Invocations per workgroup (the shader's WORKGROUP). */
const WORKGROUP = 256;

/** What one GPU pi run returns. */
export interface GpuPiRun {
  darts: number;
  /** Darts inside the quarter circle. */
  inside: number;
  timings: GpuTimings;
  /** The adapter that ran it. */
  description: string;
}

/**
 * Throws `darts` darts with `seed` on this thread's GPU device and counts those inside the
 * quarter circle. Cost: darts / 2 Philox blocks.
 *
 * @throws RangeError for darts outside 1 … 2^32 - 2 or a seed outside 0 … 2^32 - 1;
 *   GpuUnavailableError when there is no WebGPU or the device is lost during the run
 */
export async function gpuPi(darts: number, seed: number): Promise<GpuPiRun> {
  if (!Number.isInteger(darts) || darts < 1 || darts > MAX_PHILOX_DARTS) throw new RangeError(`The GPU pi kernel takes 1 to ${MAX_PHILOX_DARTS} darts, not ${darts}.`);
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) throw new RangeError(`The seed must be a whole number below 2^32, not ${seed}.`);
  const context = await gpuContext();
  const { device } = context;
  const pipeline = await computePipeline(context, 'pi.wgsl', `${philoxWgsl}\n${piWgsl}`, 'main');
  const pairs = Math.ceil(darts / 2);
  const pairsPerInvocation = Math.max(16, Math.ceil(pairs / (WORKGROUP * 65_535)));
  const grid = dispatchGrid(Math.ceil(pairs / pairsPerInvocation), WORKGROUP);
  const uniform = device.createBuffer({ label: 'pi params', size: 16, usage: GPUBufferUsage.UNIFORM | GPUBufferUsage.COPY_DST });
  const counter = device.createBuffer({ label: 'pi inside', size: 4, usage: GPUBufferUsage.STORAGE | GPUBufferUsage.COPY_SRC | GPUBufferUsage.COPY_DST });
  try {
    const uploadMs = await timedUpload(context, (queue) => {
      queue.writeBuffer(uniform, 0, new Uint32Array([darts, seed, pairsPerInvocation, grid.invocationsPerRow]));
      queue.writeBuffer(counter, 0, new Uint32Array([0]));
    });
    const bindGroup = bindBuffers(device, pipeline, [uniform, counter]);
    const compute = await timedCompute(context, 'pi', (pass) => {
      pass.setPipeline(pipeline);
      pass.setBindGroup(0, bindGroup);
      pass.dispatchWorkgroups(grid.x, grid.y);
    });
    const download = await timedDownload(context, counter, 4);
    const inside = new Uint32Array(download.bytes)[0]!;
    return {
      darts,
      inside,
      description: context.description,
      timings: { uploadMs, computeMs: compute.ms, downloadMs: download.ms, computeMethod: compute.method, uploadBytes: 20, downloadBytes: 4 },
    };
  } finally {
    uniform.destroy();
    counter.destroy();
  }
}
