/// <reference types="@webgpu/types" />
/**
 * Worker entry of the GPU: it owns the page's one WebGPU device and runs the GPU kernels on it.
 * WebGPU works in dedicated workers in Chromium, and running the submissions here keeps the
 * page's main thread free: making a vector add's inputs, `writeBuffer` of 100 MB and checking
 * the result element by element take far more than a frame, and here they block nothing. Thin:
 * it exposes the GPU paths of the kernel registry, the vector add and the adapter's description
 * over Comlink. The page talks to it through ./gpu-client.ts only.
 */
import { expose } from 'comlink';
import { runGpuKernel as runRegistryKernel, type GpuKernelRun } from '../kernels/registry.ts';
import { GpuUnavailableError } from './availability.ts';
import { destroyDevice, gpuContext } from './device.ts';
import { cpuVectorAdd, gpuVectorAdd, type GpuVectorAddRun } from './vector-add-gpu.ts';

/** Errors cross the worker boundary as plain Errors: keep the GPU's reason in the message and name. */
async function clean<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    if (e instanceof GpuUnavailableError) {
      const error = new Error(e.message);
      error.name = `GpuUnavailableError:${e.reason}`;
      throw error;
    }
    throw e instanceof Error ? e : new Error(String(e));
  }
}

const api = {
  /** The adapter's one-line description and whether it has timestamp queries (opens the device). */
  info(): Promise<{ description: string; timestamps: boolean }> {
    return clean(async () => {
      const c = await gpuContext();
      return { description: c.description, timestamps: c.timestamps };
    });
  },
  /** A registered kernel's GPU path (see runGpuKernel in src/kernels/registry.ts). */
  runKernel(kernelId: string, params: Record<string, number>): Promise<GpuKernelRun> {
    return clean(() => runRegistryKernel(kernelId, params));
  },
  /** c = a + b for `length` f32 elements (see ./vector-add-gpu.ts). */
  vectorAdd(length: number): Promise<GpuVectorAddRun> {
    return clean(() => gpuVectorAdd(length));
  },
  /** The same add as a JavaScript loop in this worker, timed (needs no WebGPU). */
  cpuVectorAdd(length: number): { length: number; ms: number } {
    return cpuVectorAdd(length);
  },
  /** Destroys the device (the e2e tests' lost-device hook); the next call opens a new one. */
  destroyDevice(): Promise<void> {
    return destroyDevice();
  },
};

/** The API this worker exposes. */
export type GpuApi = typeof api;

expose(api);
