/**
 * The 1D heat equation on a rod of `n` cells, the smallest problem that needs a halo exchange:
 * the explicit (Jacobi) finite-difference update
 * `u'[i] = u[i] + r (u[i-1] - 2 u[i] + u[i+1])`, with both ends held at 0 degrees (a fixed,
 * Dirichlet boundary) and the middle third of the rod starting at 100 degrees.
 *
 * The serial stencil here is the reference the parallel runs are compared with. Its start values
 * are exact (0 and 100) and `r` is 0.25, so every step is the same sequence of IEEE additions and
 * multiplications in JavaScript and in Python: the browser, the lesson's mpi4py program and this
 * function agree to the last bit. Method: the FTCS scheme of any numerical-PDE text (stable for
 * r <= 1/2), split into contiguous blocks of cells as the course's 2D integral splits rows
 * (src/kernels/decomposition.ts).
 *
 * Pure: any thread, and Node.
 */

/** The lesson's rod: cells, time steps and r = alpha dt / dx^2 (dimensionless). */
export const HEAT_DEFAULTS = { n: 60, steps: 200, r: 0.25 } as const;

/** Temperature of cell `i` of `n` at the start, degrees: 100 in the middle third, else 0. */
export function initialTemperature(i: number, n: number): number {
  return 3 * i >= n && 3 * i < 2 * n ? 100 : 0;
}

/**
 * The rod after `steps` explicit steps, computed serially (one array, ghost value 0 beyond both
 * ends). Cost: 5 flops per cell per step. Any thread.
 *
 * @param n cells (positive integer)
 * @param steps time steps (non-negative integer)
 * @param r alpha dt / dx^2; the scheme is stable for r <= 0.5
 * @returns the n temperatures, degrees
 * @throws RangeError when n or steps are not whole numbers in range, or r is outside (0, 0.5]
 */
export function serialHeat(n: number, steps: number, r: number = HEAT_DEFAULTS.r): Float64Array {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`n must be a positive integer, got ${n}`);
  if (!Number.isInteger(steps) || steps < 0) throw new RangeError(`steps must be a non-negative integer, got ${steps}`);
  if (!(r > 0 && r <= 0.5)) throw new RangeError(`r must be in (0, 0.5] for a stable scheme, got ${r}`);
  let u = new Float64Array(n + 2);
  let next = new Float64Array(n + 2);
  for (let i = 1; i <= n; i++) u[i] = initialTemperature(i - 1, n);
  for (let s = 0; s < steps; s++) {
    for (let i = 1; i <= n; i++) next[i] = u[i]! + r * (u[i - 1]! - 2 * u[i]! + u[i + 1]!);
    [u, next] = [next, u];
  }
  return u.slice(1, n + 1);
}

/** What each rank of the halo program returns: its block of cells after the last step. */
export interface HaloPiece {
  /** Cells in the rod. */
  n: number;
  /** Time steps taken. */
  steps: number;
  /** First cell of this rank's block. */
  first: number;
  /** Temperatures of the block's cells, degrees. */
  u: number[];
}

/**
 * Joins the ranks' pieces into the whole rod, in rank order. Any thread.
 *
 * @param pieces the ranks' return values (index = rank)
 * @returns the rod, or an Error saying what is wrong (a missing piece, a gap, a different n)
 */
export function joinPieces(pieces: readonly unknown[]): { n: number; steps: number; u: Float64Array } | Error {
  const ok = pieces.every((p): p is HaloPiece => typeof p === 'object' && p !== null && Array.isArray((p as HaloPiece).u) && Number.isInteger((p as HaloPiece).first));
  if (!ok || pieces.length === 0) return new Error('every rank must return { n, steps, first, u } (its block of cells)');
  const list = pieces as HaloPiece[];
  const { n, steps } = list[0]!;
  const u = new Float64Array(n);
  let next = 0;
  for (const [rank, p] of list.entries()) {
    if (p.n !== n || p.steps !== steps) return new Error(`rank ${rank} simulated ${p.n} cells for ${p.steps} steps, rank 0 ${n} cells for ${steps} steps`);
    if (p.first !== next) return new Error(`rank ${rank}'s block starts at cell ${p.first}, expected ${next}`);
    u.set(p.u, p.first);
    next += p.u.length;
  }
  if (next !== n) return new Error(`the blocks cover ${next} of ${n} cells`);
  return { n, steps, u };
}

/** Largest absolute difference between two rods of equal length (degrees), Infinity if lengths differ. */
export function maxDifference(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length) return Infinity;
  let worst = 0;
  for (let i = 0; i < a.length; i++) worst = Math.max(worst, Math.abs(a[i]! - b[i]!));
  return worst;
}
