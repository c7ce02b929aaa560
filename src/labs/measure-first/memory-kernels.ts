/**
 * The kernels of the memory-hierarchy labs (lesson 16), pure so they run in a worker and in Node
 * tests alike:
 * - {@link cyclicPermutation} + {@link chase}: a dependent pointer chase. Each load's address is the
 *   value of the previous load, so the processor cannot overlap them and the time per step is the
 *   access latency of wherever the working set lives (L1, L2, L3 cache or main memory). The random
 *   single cycle (Sattolo's algorithm) defeats the hardware prefetcher. Method: the lmbench
 *   `lat_mem_rd` idea (McVoy and Staelin), with a random instead of a strided walk.
 * - {@link streamSum}: a streaming read of a large array, the read half of McCalpin's STREAM
 *   benchmark; bytes read / time is the memory bandwidth one worker draws.
 *
 * Pure: any thread, and Node.
 */

/**
 * A small seeded generator (mulberry32, Tommy Ettinger's public-domain design): uniform numbers in
 * [0, 1). Any thread.
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A random cyclic permutation of 0..length-1 (Sattolo's algorithm): `next[i]` is the index after
 * `i`, and following `next` from any index visits all `length` indices before returning.
 *
 * @param length entries (>= 1); 4 bytes each, so `length = bytes / 4` for a working set of `bytes`
 * @param seed seed of {@link mulberry32}
 * @throws RangeError when length is not a positive integer
 */
export function cyclicPermutation(length: number, seed = 1): Int32Array {
  if (!Number.isInteger(length) || length < 1) throw new RangeError(`length must be a positive integer, got ${length}`);
  const order = new Int32Array(length);
  for (let i = 0; i < length; i++) order[i] = i;
  const random = mulberry32(seed);
  // Sattolo: swap with an index strictly below i, so the result is one cycle.
  for (let i = length - 1; i > 0; i--) {
    const j = Math.floor(random() * i);
    const t = order[i]!;
    order[i] = order[j]!;
    order[j] = t;
  }
  // order is a random cyclic order of the indices; link each to the one after it.
  const next = new Int32Array(length);
  for (let k = 0; k < length; k++) next[order[k]!] = order[(k + 1) % length]!;
  return next;
}

/**
 * Follows `next` for `steps` dependent loads from `start` and returns where it ends (return it, so
 * the engine cannot drop the loop). Time it and divide by `steps` for the latency per access.
 */
export function chase(next: Int32Array, steps: number, start = 0): number {
  let i = start;
  for (let s = 0; s < steps; s++) i = next[i]!;
  return i;
}

/**
 * Reads every element of `data` `passes` times and returns the sum (so the reads cannot be
 * dropped). Bytes read: `data.byteLength * passes`.
 */
export function streamSum(data: Float64Array, passes: number): number {
  let total = 0;
  for (let p = 0; p < passes; p++) {
    let a = 0;
    let b = 0;
    const n = data.length - (data.length % 2);
    for (let i = 0; i < n; i += 2) {
      a += data[i]!;
      b += data[i + 1]!;
    }
    if (n < data.length) a += data[n]!;
    total += a + b;
  }
  return total;
}

/** Working-set sizes in bytes from `minBytes` to `maxBytes`, doubling (4 KB, 8 KB, …). */
export function doublingSizes(minBytes: number, maxBytes: number): number[] {
  const sizes: number[] = [];
  for (let s = minBytes; s <= maxBytes; s *= 2) sizes.push(s);
  return sizes;
}

/**
 * The first worker count whose bandwidth is less than 15 % above the one before it: where adding
 * workers stops helping. Null when every step still helps.
 */
export function saturationPoint(rows: readonly { workers: number; gbs: number }[]): number | null {
  for (let k = 1; k < rows.length; k++) if (rows[k]!.gbs < 1.15 * rows[k - 1]!.gbs) return rows[k]!.workers;
  return null;
}
