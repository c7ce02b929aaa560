/**
 * The page's side of the GPU worker (./gpu.worker.ts): one worker, started lazily on the first
 * GPU run, holding the one device. Every call takes an AbortSignal; a GPU submission cannot be
 * interrupted, so a cancel terminates the worker (its device goes with it) and rejects the call
 * with an AbortError at once, and the next call starts a fresh worker (Squoosh's pattern). A
 * worker idle for {@link GPU_IDLE_MS} is ended too, which frees the device's memory. A dispatch
 * already submitted still runs to its end in the browser's GPU process (a GPU cannot be
 * interrupted either), so the first run after a cancel may wait for it.
 *
 * Errors: GPU problems arrive as Errors named `GpuUnavailableError:<reason>` whose message says
 * what is missing and why (see ./availability.ts); {@link gpuErrorReason} reads the reason.
 *
 * Test hook: `window.__parallelLabGpu.destroyDevice()` destroys the worker's device, as a driver
 * reset would, so the e2e tests can lose the device in the middle of a run.
 *
 * Main thread only.
 */
import { wrap, type Remote } from 'comlink';
import { abortError } from '../lib/abort.ts';
import type { GpuKernelRun } from '../kernels/registry.ts';
import type { GpuUnavailableReason } from './availability.ts';
import type { GpuApi } from './gpu.worker.ts';
import type { GpuVectorAddRun } from './vector-add-gpu.ts';

/** The GPU worker ends after this long without a call (ms). */
export const GPU_IDLE_MS = 30_000;

interface Host {
  worker: Worker;
  api: Remote<GpuApi>;
  /** Rejects every call in flight (the worker died or was terminated). */
  pending: Set<(error: unknown) => void>;
}

let host: Host | null = null;
let idle: ReturnType<typeof setTimeout> | undefined;

function start(): Host {
  const worker = new Worker(new URL('./gpu.worker.ts', import.meta.url), { type: 'module', name: 'gpu' });
  const h: Host = { worker, api: wrap<GpuApi>(worker), pending: new Set() };
  worker.addEventListener('error', (event) => {
    event.preventDefault();
    stop(h, new Error(`The GPU worker failed to start: ${event.message || 'unknown error'}`));
  });
  return h;
}

function stop(h: Host, error: unknown): void {
  h.worker.terminate();
  for (const fail of h.pending) fail(error);
  h.pending.clear();
  if (host === h) host = null;
}

async function call<T>(signal: AbortSignal | undefined, use: (api: Remote<GpuApi>) => Promise<T>): Promise<T> {
  if (signal?.aborted) throw abortError(signal.reason);
  clearTimeout(idle);
  host ??= start();
  const h = host;
  return new Promise<T>((resolve, reject) => {
    const fail = (error: unknown): void => reject(error);
    h.pending.add(fail);
    const onAbort = (): void => stop(h, abortError(signal?.reason));
    signal?.addEventListener('abort', onAbort, { once: true });
    use(h.api).then(resolve, reject).finally(() => {
      signal?.removeEventListener('abort', onAbort);
      h.pending.delete(fail);
      if (h.pending.size === 0 && host === h) idle = setTimeout(() => host === h && h.pending.size === 0 && stop(h, abortError('idle')), GPU_IDLE_MS);
    });
  });
}

/** The GPU reason in an error from this module (`no-adapter`, `device-lost`, …), or null for any other error. */
export function gpuErrorReason(error: unknown): GpuUnavailableReason | null {
  const match = error instanceof Error ? /^GpuUnavailableError:(.+)$/.exec(error.name) : null;
  return match ? (match[1] as GpuUnavailableReason) : null;
}

/**
 * One run of registered kernel `kernelId`'s GPU path with `params` (validated by its fields),
 * in the GPU worker. Main thread.
 * @throws AbortError when `signal` aborts; GpuUnavailableError:* errors without WebGPU or when
 *   the device is lost; RangeError-like errors on bad input
 */
export function runGpuKernel(kernelId: string, params: Record<string, number>, signal?: AbortSignal): Promise<GpuKernelRun> {
  return call(signal, (api) => api.runKernel(kernelId, params));
}

/**
 * c = a + b for `length` f32 elements on the GPU, with its upload, compute and download times
 * and an element-by-element check. Main thread. Errors as {@link runGpuKernel}.
 */
export function runGpuVectorAdd(length: number, signal?: AbortSignal): Promise<GpuVectorAddRun> {
  return call(signal, (api) => api.vectorAdd(length));
}

/**
 * The same add as a JavaScript loop in the GPU worker, timed (ms, inputs excluded): the CPU side
 * of the vector-add lab, which runs without WebGPU too. Main thread.
 * @throws AbortError when `signal` aborts; RangeError-like errors on bad input
 */
export function runCpuVectorAdd(length: number, signal?: AbortSignal): Promise<{ length: number; ms: number }> {
  return call(signal, (api) => api.cpuVectorAdd(length));
}

/** The adapter's description and whether compute is timed with timestamp queries (opens the device in the worker). Main thread. */
export function gpuDeviceInfo(signal?: AbortSignal): Promise<{ description: string; timestamps: boolean }> {
  return call(signal, (api) => api.info());
}

/** Destroys the GPU worker's device, if a worker runs (test hook; see the file header). Main thread. */
export async function destroyGpuDevice(): Promise<void> {
  if (host) await host.api.destroyDevice();
}

if (typeof window !== 'undefined') (window as unknown as { __parallelLabGpu?: unknown }).__parallelLabGpu = { destroyDevice: destroyGpuDevice };
