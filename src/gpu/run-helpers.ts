/// <reference types="@webgpu/types" />
/**
 * The three timed phases every GPU run goes through (upload, compute, download), one function
 * each, so the kernels time them the same way (see ./timing.ts for the methods). GPU worker.
 */
import { untilLost, type GpuContext } from './device.ts';
import { passTimer } from './timing.ts';

/** Wall time of `write` (queue.writeBuffer calls) until the queue has finished them (ms). */
export async function timedUpload(context: GpuContext, write: (queue: GPUQueue) => void): Promise<number> {
  const { queue } = context.device;
  const t0 = performance.now();
  write(queue);
  await untilLost(context, queue.onSubmittedWorkDone());
  return performance.now() - t0;
}

/**
 * One compute pass holding `record`'s dispatches, submitted alone and awaited: its duration from
 * timestamp queries where the device has them, else the wall time from submit to done.
 * @returns ms and how they were measured
 */
export async function timedCompute(context: GpuContext, label: string, record: (pass: GPUComputePassEncoder) => void): Promise<{ ms: number; method: 'timestamp-query' | 'wall-clock' }> {
  const { device } = context;
  const timer = passTimer(device);
  try {
    const encoder = device.createCommandEncoder({ label });
    const pass = encoder.beginComputePass({ label, ...(timer.timestampWrites ? { timestampWrites: timer.timestampWrites } : {}) });
    record(pass);
    pass.end();
    timer.resolve(encoder);
    const t0 = performance.now();
    device.queue.submit([encoder.finish()]);
    await untilLost(context, device.queue.onSubmittedWorkDone());
    const wall = performance.now() - t0;
    const stamped = await untilLost(context, timer.read());
    return stamped === null ? { ms: wall, method: 'wall-clock' } : { ms: stamped, method: 'timestamp-query' };
  } finally {
    timer.destroy();
  }
}

/**
 * Copies `size` bytes of `source` into a mappable buffer, maps it and copies them out: the wall
 * time of all of it (ms) and the bytes.
 */
export async function timedDownload(context: GpuContext, source: GPUBuffer, size: number): Promise<{ ms: number; bytes: ArrayBuffer }> {
  const { device } = context;
  const staging = device.createBuffer({ label: 'download', size, usage: GPUBufferUsage.MAP_READ | GPUBufferUsage.COPY_DST });
  try {
    const t0 = performance.now();
    const encoder = device.createCommandEncoder({ label: 'download' });
    encoder.copyBufferToBuffer(source, 0, staging, 0, size);
    device.queue.submit([encoder.finish()]);
    await untilLost(context, staging.mapAsync(GPUMapMode.READ));
    const bytes = staging.getMappedRange().slice(0);
    staging.unmap();
    return { ms: performance.now() - t0, bytes };
  } finally {
    staging.destroy();
  }
}

/** A bind group of `pipeline`'s group 0 with `buffers` at bindings 0, 1, 2, … */
export function bindBuffers(device: GPUDevice, pipeline: GPUComputePipeline, buffers: readonly GPUBuffer[]): GPUBindGroup {
  return device.createBindGroup({ layout: pipeline.getBindGroupLayout(0), entries: buffers.map((buffer, binding) => ({ binding, resource: { buffer } })) });
}
