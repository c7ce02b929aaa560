/**
 * A reusable barrier on shared memory: every party blocks until all `parties` have arrived, then
 * all continue together. Built on Atomics.wait / Atomics.notify, the JavaScript face of the Linux
 * futex. The arrival counter is reset by the last party and a generation number is bumped, so the
 * same barrier can be used again and again (the "generation" or "sense-reversing" central barrier
 * of J. M. Mellor-Crummey and M. L. Scott, "Algorithms for scalable synchronization on
 * shared-memory multiprocessors", ACM TOCS 9(1), 1991, with futex waiting instead of spinning).
 *
 * MPI's `comm.Barrier()` in the ADACS sky_sim example plays the same role between processes.
 *
 * State: an Int32Array of {@link BARRIER_INTS} ints on a SharedArrayBuffer:
 * [0] parties that have arrived in this generation, [1] generation, [2] parties.
 *
 * Waiting threads only: Atomics.wait is not allowed on a browser's main thread. Pure otherwise
 * (no DOM, no worker globals), so it runs in browser workers and in Node worker_threads.
 */
import { allocateShared } from './shared-buffer.ts';

/** Int32 slots a barrier occupies. */
export const BARRIER_INTS = 3;
const ARRIVED = 0;
const GENERATION = 1;
const PARTIES = 2;

/**
 * A new barrier for `parties` threads, on its own SharedArrayBuffer. Any thread.
 *
 * @throws RangeError when parties is not a positive integer
 * @throws Error when shared memory is unavailable (see allocateShared)
 */
export function createBarrier(parties: number): Int32Array {
  const state = new Int32Array(allocateShared(BARRIER_INTS * Int32Array.BYTES_PER_ELEMENT));
  initBarrier(state, parties);
  return state;
}

/**
 * Sets up a barrier for `parties` threads in `state` (an Int32Array view over shared memory with
 * at least {@link BARRIER_INTS} elements). Call once, before any thread waits. Any thread.
 *
 * @throws RangeError when parties is not a positive integer or state is too short
 */
export function initBarrier(state: Int32Array, parties: number): void {
  if (!Number.isInteger(parties) || parties < 1) throw new RangeError(`parties must be a positive integer, got ${parties}`);
  if (state.length < BARRIER_INTS) throw new RangeError(`a barrier needs ${BARRIER_INTS} Int32 slots, got ${state.length}`);
  Atomics.store(state, ARRIVED, 0);
  Atomics.store(state, GENERATION, 0);
  Atomics.store(state, PARTIES, parties);
}

/**
 * Blocks the calling thread until all parties have called `barrierWait` for this generation.
 *
 * @param state the barrier (see {@link initBarrier})
 * @param timeoutMs give up after this many ms (default: wait forever); a timeout means some
 *   party never arrived (it crashed or was never started), and waiting on would hang the thread
 * @param spinMs first spin (keep the core, polling the generation) for up to this many ms before
 *   sleeping in Atomics.wait (default 0: sleep at once). Runtimes such as OpenMP's (GOMP_SPINCOUNT,
 *   OMP_WAIT_POLICY=active) and OpenBLAS spin so a thread reacts at once when the barrier opens;
 *   a spinning thread holds a core that a descheduled team member may need.
 * @returns true for exactly one party per generation (the last to arrive), false for the others,
 *   like POSIX's PTHREAD_BARRIER_SERIAL_THREAD
 * @throws Error when the timeout expires before everyone arrived
 * @throws TypeError (from Atomics.wait) on a browser's main thread when it would have to wait
 */
export function barrierWait(state: Int32Array, timeoutMs = Number.POSITIVE_INFINITY, spinMs = 0): boolean {
  const parties = Atomics.load(state, PARTIES);
  // Read the generation before arriving: once we have arrived, the last party may bump it at once.
  const generation = Atomics.load(state, GENERATION);
  const arrived = Atomics.add(state, ARRIVED, 1) + 1;
  if (arrived === parties) {
    Atomics.store(state, ARRIVED, 0);
    Atomics.add(state, GENERATION, 1);
    Atomics.notify(state, GENERATION);
    return true;
  }
  const spinUntil = performance.now() + spinMs;
  while (spinMs > 0 && Atomics.load(state, GENERATION) === generation && performance.now() < spinUntil) {
    // Spin: poll without giving up the core.
  }
  const deadline = performance.now() + timeoutMs;
  while (Atomics.load(state, GENERATION) === generation) {
    const left = deadline - performance.now();
    if (left <= 0 || Atomics.wait(state, GENERATION, generation, left) === 'timed-out') {
      if (Atomics.load(state, GENERATION) !== generation) break;
      throw new Error(`barrier timed out after ${timeoutMs} ms: ${Atomics.load(state, ARRIVED)} of ${parties} parties arrived`);
    }
  }
  return false;
}
