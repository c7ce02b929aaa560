/// <reference types="@webgpu/types" />
/**
 * The split timing of a GPU run: upload, compute and download, each with how it was measured.
 *
 * - Compute is read from GPU timestamp queries written at the start and end of the compute pass
 *   where the adapter offers the `timestamp-query` feature (nanoseconds on the GPU's clock;
 *   Chromium rounds them to 100 µs unless its developer features are on); elsewhere it is the
 *   wall time from `queue.submit` to `onSubmittedWorkDone`, which adds the submission's latency.
 * - Upload (queue.writeBuffer of the inputs, until the queue is done) and download (copy into a
 *   mappable buffer, `mapAsync`, and the copy out of the mapped range) are always wall times in
 *   the GPU worker (`performance.now()`): timestamps cannot bracket a writeBuffer or a map.
 *
 * Runs in the GPU worker (any thread with WebGPU).
 */

/** How a phase was timed. */
export type TimingMethod = 'timestamp-query' | 'wall-clock';

/** Times of one GPU run (ms) and how each was taken. */
export interface GpuTimings {
  /** Inputs to the GPU (ms). */
  uploadMs: number;
  /** The compute pass(es) (ms). */
  computeMs: number;
  /** Results back to the CPU (ms). */
  downloadMs: number;
  /** How computeMs was measured (upload and download are always wall-clock). */
  computeMethod: TimingMethod;
  /** Bytes written to the GPU and read back. */
  uploadBytes: number;
  downloadBytes: number;
}

/** Human label of a compute timing method, for tables and exports. */
export function computeMethodLabel(method: TimingMethod): string {
  return method === 'timestamp-query' ? 'GPU timestamp queries' : 'wall clock from submit to onSubmittedWorkDone';
}

/** Timestamp queries of one compute pass, when the device has the feature. */
export interface PassTimer {
  /** What to pass as the compute pass's `timestampWrites` (undefined without the feature). */
  timestampWrites: GPUComputePassTimestampWrites | undefined;
  /** Records the resolve and copy of the timestamps into `encoder` (nothing without the feature). */
  resolve: (encoder: GPUCommandEncoder) => void;
  /** After the submission is done: the pass's duration (ms) from the timestamps, or null without them. */
  read: () => Promise<number | null>;
  /** Frees the query set and buffers. */
  destroy: () => void;
}

/**
 * Timestamp queries for one compute pass on `device` (two timestamps: beginning and end of the
 * pass). Without the `timestamp-query` feature, every member is a no-op and `read` gives null.
 */
export function passTimer(device: GPUDevice): PassTimer {
  if (!device.features.has('timestamp-query')) {
    return { timestampWrites: undefined, resolve: () => {}, read: () => Promise.resolve(null), destroy: () => {} };
  }
  const querySet = device.createQuerySet({ type: 'timestamp', count: 2 });
  const resolveBuffer = device.createBuffer({ size: 16, usage: GPUBufferUsage.QUERY_RESOLVE | GPUBufferUsage.COPY_SRC });
  const readBuffer = device.createBuffer({ size: 16, usage: GPUBufferUsage.MAP_READ | GPUBufferUsage.COPY_DST });
  return {
    timestampWrites: { querySet, beginningOfPassWriteIndex: 0, endOfPassWriteIndex: 1 },
    resolve: (encoder) => {
      encoder.resolveQuerySet(querySet, 0, 2, resolveBuffer, 0);
      encoder.copyBufferToBuffer(resolveBuffer, 0, readBuffer, 0, 16);
    },
    read: async () => {
      await readBuffer.mapAsync(GPUMapMode.READ);
      const [begin, end] = new BigUint64Array(readBuffer.getMappedRange().slice(0));
      readBuffer.unmap();
      if (begin === undefined || end === undefined || end < begin) return null;
      return Number(end - begin) / 1e6;
    },
    destroy: () => {
      querySet.destroy();
      resolveBuffer.destroy();
      readBuffer.destroy();
    },
  };
}

/** The 2D dispatch that covers `invocations` invocations in workgroups of `workgroupSize`. */
export interface Grid {
  /** Workgroups along x and y (each at most `maxPerDimension`). */
  x: number;
  y: number;
  /** Invocations per row of the grid: x × workgroupSize (the shader's `invocations_per_row`). */
  invocationsPerRow: number;
}

/**
 * Workgroups for `invocations` invocations: along x up to the per-dimension limit (65 535 by
 * default in WebGPU), the rest in rows along y. Pure.
 * @throws RangeError when even a square grid cannot hold them
 */
export function dispatchGrid(invocations: number, workgroupSize: number, maxPerDimension = 65_535): Grid {
  const groups = Math.max(1, Math.ceil(invocations / workgroupSize));
  const x = Math.min(groups, maxPerDimension);
  const y = Math.ceil(groups / x);
  if (y > maxPerDimension) throw new RangeError(`${invocations} invocations need more than ${maxPerDimension}² workgroups.`);
  return { x, y, invocationsPerRow: x * workgroupSize };
}
