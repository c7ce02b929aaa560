/**
 * Worker entry for the workhorse kernels. Thin: it runs blocks of the registered kernels (by id)
 * and exposes a few pure kernels over Comlink, and
 * reports when each call started and ended, so the pool can draw timelines.
 */
import { expose } from 'comlink';
import { integrate2dRows } from '../kernels/integrate2d.ts';
import { samplePi, type PiSample } from '../kernels/monte-carlo-pi.ts';
import { computeBlock, prepareImplementation, type Implementation } from '../kernels/registry.ts';
import { timed, type Timed } from './timed.ts';

const api = {
  /**
   * One block of a registered kernel's work (see computeBlock in src/kernels/registry.ts). The
   * implementation is prepared first (its WebAssembly module instantiated, once per worker),
   * outside the timed part. `stopFlag`, a shared Int32Array, is the page's cancel button: once its
   * first element is non-zero, a kernel that checks it ends the block with an AbortError.
   */
  async runBlock(kernel: string, impl: Implementation, params: Record<string, number>, block: unknown, stopFlag?: Int32Array): Promise<Timed<unknown>> {
    await prepareImplementation(kernel, impl);
    const shouldStop = stopFlag ? () => Atomics.load(stopFlag, 0) !== 0 : undefined;
    return timed(() => computeBlock(kernel, impl, params, block, shouldStop));
  },
  /** Partial integral over rows [begin, end) of the n x n grid (see integrate2dRows). */
  integrate2dRows(n: number, begin: number, end: number): Timed<number> {
    return timed(() => integrate2dRows(n, begin, end));
  },
  /** n darts from stream `stream` of the run seeded with `seed` (see samplePi). */
  samplePi(n: number, seed: number, stream: number): Timed<PiSample> {
    return timed(() => samplePi(n, seed, stream));
  },
  /** Waits `ms` milliseconds without using the CPU, like Python's time.sleep. */
  async sleep(ms: number): Promise<Timed<number>> {
    const t = timed(() => ms);
    await new Promise((resolve) => setTimeout(resolve, ms));
    return { ...t, endedAt: performance.timeOrigin + performance.now() };
  },
  /** Returns its argument: used to measure the round-trip latency of a message. */
  echo<T>(value: T): T {
    return value;
  },
};

/** The API this worker exposes; wrap it with Comlink on the page. */
export type KernelsApi = typeof api;

expose(api);
