/**
 * The vector-add lab's model: per vector length, the median of each GPU phase over the repeats,
 * the bandwidths, the share of the GPU's time spent moving data, and the CPU loop for comparison.
 * Pure: any thread, and Node.
 */
import { median } from '../../measure/stats.ts';
import type { GpuTimings, TimingMethod } from '../../gpu/timing.ts';

/** One vector length, summarized over its timed repeats. */
export interface VectorAddRow {
  length: number;
  /** Median phase times (ms). */
  uploadMs: number;
  computeMs: number;
  downloadMs: number;
  /** How compute was timed (the last run's method). */
  computeMethod: TimingMethod;
  /** Median of the JavaScript loop on the CPU (ms). */
  cpuMs: number;
  /** Elements that differed from the CPU's a + b, summed over all runs (0 when exact). */
  mismatches: number;
  uploadBytes: number;
  downloadBytes: number;
}

/** Bandwidth in GB/s (10^9 bytes per second) of `bytes` moved in `ms` milliseconds. */
export function gigabytesPerSecond(bytes: number, ms: number): number {
  return ms > 0 ? bytes / 1e9 / (ms / 1000) : Number.POSITIVE_INFINITY;
}

/** The GPU's total time for a row: upload + compute + download (ms). */
export function gpuTotalMs(row: VectorAddRow): number {
  return row.uploadMs + row.computeMs + row.downloadMs;
}

/** The fraction of the GPU's total time spent moving data (upload and download). */
export function transferShare(row: VectorAddRow): number {
  const total = gpuTotalMs(row);
  return total > 0 ? (row.uploadMs + row.downloadMs) / total : Number.NaN;
}

/** Bytes the kernel itself reads and writes per element: a[i], b[i] and c[i], 4 bytes each. */
export const KERNEL_BYTES_PER_ELEMENT = 12;

/**
 * One row from a length's timed runs (GPU split timings, CPU loop times and mismatch counts).
 * @throws RangeError when there are no runs
 */
export function summarizeVectorAdd(length: number, gpu: readonly { timings: GpuTimings; mismatches: number }[], cpuMs: readonly number[]): VectorAddRow {
  if (gpu.length === 0 || cpuMs.length === 0) throw new RangeError('summarizeVectorAdd needs at least one GPU run and one CPU run.');
  const last = gpu[gpu.length - 1]!.timings;
  return {
    length,
    uploadMs: median(gpu.map((g) => g.timings.uploadMs)),
    computeMs: median(gpu.map((g) => g.timings.computeMs)),
    downloadMs: median(gpu.map((g) => g.timings.downloadMs)),
    computeMethod: last.computeMethod,
    cpuMs: median(cpuMs),
    mismatches: gpu.reduce((n, g) => n + g.mismatches, 0),
    uploadBytes: last.uploadBytes,
    downloadBytes: last.downloadBytes,
  };
}
