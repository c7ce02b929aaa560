/**
 * Allocating shared memory, with one clear error when the page cannot.
 *
 * Browsers only define `SharedArrayBuffer` on cross-origin isolated pages (the host must send
 * `Cross-Origin-Opener-Policy: same-origin` and `Cross-Origin-Embedder-Policy: require-corp`),
 * since shared memory plus a fast clock is enough to build the high-resolution timers that
 * Spectre-style attacks need. Node always has it.
 *
 * Pure: any thread (page, browser worker, Node worker_threads).
 */

/** True when `SharedArrayBuffer` exists and can be constructed on this thread. */
export function canShareMemory(): boolean {
  try {
    return typeof SharedArrayBuffer === 'function' && new SharedArrayBuffer(8).byteLength === 8;
  } catch {
    return false;
  }
}

/** The message shown wherever shared memory is missing. */
export const NO_SHARED_MEMORY_MESSAGE =
  'SharedArrayBuffer is not available: the page is not cross-origin isolated. The host must send ' +
  'Cross-Origin-Opener-Policy: same-origin and Cross-Origin-Embedder-Policy: require-corp.';

/**
 * A zero-filled `SharedArrayBuffer` of `byteLength` bytes.
 *
 * @throws Error with {@link NO_SHARED_MEMORY_MESSAGE} when the page is not cross-origin isolated
 * @throws RangeError when byteLength is not a non-negative integer
 */
export function allocateShared(byteLength: number): SharedArrayBuffer {
  if (!Number.isInteger(byteLength) || byteLength < 0) throw new RangeError(`byteLength must be a non-negative integer, got ${byteLength}`);
  if (!canShareMemory()) throw new Error(NO_SHARED_MEMORY_MESSAGE);
  return new SharedArrayBuffer(byteLength);
}
