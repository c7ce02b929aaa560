/**
 * Worker entry of the measure-first lesson (16): a pointer chase timed per working-set size, a
 * streaming read for bandwidth, and the stage-timed program of the profiling lab. Thin: the kernels
 * are in src/labs/measure-first/. The chase permutation and the streamed buffer are kept between
 * calls (the first call of a size pays for building them, and the labs discard it as a warm-up).
 */
import { expose } from 'comlink';
import { chase, cyclicPermutation, streamSum } from '../labs/measure-first/memory-kernels.ts';
import { runProfiledProgram, type ProfileRun, type ProgramSize } from '../labs/measure-first/profile-program.ts';
import { timed, type Timed } from './timed.ts';

let cycle: Int32Array | null = null;
let stream: Float64Array | null = null;
/** Whether the chase loop has run long enough for the engine's optimizing compiler to take it. */
let compiled = false;

/** One size's latency samples. */
export interface LatencySample {
  /** Working set (bytes). */
  bytes: number;
  /** ns per dependent access, one per timed repeat (after one discarded warm-up chase). */
  ns: number[];
}

const api = {
  /**
   * Latency of a dependent pointer chase over a working set of `bytes` (ns per access): one
   * discarded chase of `steps` loads (it also brings the set into the caches), then `repeats`
   * chases of `steps` loads each, timed with performance.now(). The first call first runs the chase
   * 50 times on a small cycle, so the optimizing compiler has taken it before any timing
   * (otherwise the first sizes would time unoptimized code, several times slower).
   */
  latency(bytes: number, steps: number, repeats: number, seed: number): LatencySample {
    if (!compiled) {
      // Many calls, not one long one: the engine optimizes a function for its later calls after
      // enough calls and loop iterations (one long call is only optimized in place, on-stack).
      const small = cyclicPermutation(1024, seed);
      for (let k = 0; k < 50; k++) chase(small, 100_000);
      compiled = true;
    }
    const length = Math.max(1, Math.floor(bytes / 4));
    if (cycle?.length !== length) cycle = cyclicPermutation(length, seed);
    let at = chase(cycle, steps);
    const ns: number[] = [];
    for (let r = 0; r < repeats; r++) {
      const t0 = performance.now();
      at = chase(cycle, steps, at);
      ns.push(((performance.now() - t0) * 1e6) / steps);
    }
    if (at < 0) throw new Error('unreachable'); // keeps `at` live
    return { bytes, ns };
  },
  /** Reads this worker's own `bytes` buffer `passes` times; the sum with the interval it took (absolute ms). */
  stream(bytes: number, passes: number): Timed<number> {
    const length = Math.max(2, Math.floor(bytes / 8));
    if (stream?.length !== length) stream = new Float64Array(length).fill(1);
    return timed(() => streamSum(stream!, passes));
  },
  /** One run of the profiled program (stage times in ms of this worker's clock). */
  profile(size: ProgramSize, seed: number): ProfileRun {
    return runProfiledProgram(size, seed);
  },
  /** Drops the kept buffers (the lab's last call, so an idle worker holds no 64 MB). */
  release(): true {
    cycle = null;
    stream = null;
    return true;
  },
};

/** The API this worker exposes; wrap it with Comlink on the page. */
export type MeasureFirstApi = typeof api;

expose(api);
