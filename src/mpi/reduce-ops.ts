/**
 * Reduction operators for `reduce` and `allreduce`: the predefined MPI.SUM, MPI.PROD, MPI.MAX and
 * MPI.MIN, and custom two-argument functions (mpi4py accepts a Python function or `MPI.Op.Create`).
 *
 * The predefined operators work on numbers, bigints, arrays and typed arrays (element by element,
 * as MPI reduces a buffer element-wise), so a rank can reduce a whole vector at once.
 *
 * Pure: any thread, Node.
 */

/** A predefined operator, by name (serializable, so it can cross to a worker). */
export type PredefinedOp = 'SUM' | 'PROD' | 'MAX' | 'MIN';

/**
 * A custom reduction: must be associative (MPI assumes so); applied as `op(left, right)` with the
 * lower ranks on the left, grouped as the chosen order says (see {@link foldInRankOrder}, {@link foldTree}).
 */
export type CustomOp<T = unknown> = (a: T, b: T) => T;

/** What `reduce`/`allreduce` accept as `op`. */
export type ReduceOp = PredefinedOp | CustomOp;

const scalar: Record<PredefinedOp, (a: number, b: number) => number> = {
  SUM: (a, b) => a + b,
  PROD: (a, b) => a * b,
  MAX: (a, b) => (a >= b ? a : b),
  MIN: (a, b) => (a <= b ? a : b),
};

const scalarBig: Record<PredefinedOp, (a: bigint, b: bigint) => bigint> = {
  SUM: (a, b) => a + b,
  PROD: (a, b) => a * b,
  MAX: (a, b) => (a >= b ? a : b),
  MIN: (a, b) => (a <= b ? a : b),
};

/** True if `op` names a predefined operator. */
export function isPredefinedOp(op: unknown): op is PredefinedOp {
  return op === 'SUM' || op === 'PROD' || op === 'MAX' || op === 'MIN';
}

/**
 * Combines two contributions with a predefined operator: numbers and bigints directly, arrays and
 * typed arrays element-wise (equal lengths required; the result is a new array of the left
 * operand's type).
 *
 * @throws TypeError on mismatched or unsupported operand types, RangeError on unequal lengths
 */
export function applyPredefined(op: PredefinedOp, a: unknown, b: unknown): unknown {
  if (typeof a === 'number' && typeof b === 'number') return scalar[op](a, b);
  if (typeof a === 'bigint' && typeof b === 'bigint') return scalarBig[op](a, b);
  const aIsVec = Array.isArray(a) || (ArrayBuffer.isView(a) && !(a instanceof DataView));
  const bIsVec = Array.isArray(b) || (ArrayBuffer.isView(b) && !(b instanceof DataView));
  if (aIsVec && bIsVec) {
    const av = a as ArrayLike<unknown>;
    const bv = b as ArrayLike<unknown>;
    if (av.length !== bv.length) throw new RangeError(`MPI.${op}: cannot combine arrays of lengths ${av.length} and ${bv.length}`);
    if (Array.isArray(a)) return Array.from({ length: av.length }, (_, i) => applyPredefined(op, av[i], bv[i]));
    const ctor = (a as unknown as { constructor: new (n: number) => { [i: number]: number | bigint } }).constructor;
    const out = new ctor(av.length);
    for (let i = 0; i < av.length; i++) out[i] = applyPredefined(op, av[i], bv[i]) as number;
    return out;
  }
  throw new TypeError(`MPI.${op} cannot combine ${describe(a)} with ${describe(b)}; use numbers, arrays or typed arrays, or pass your own function as op`);
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (ArrayBuffer.isView(v)) return `a ${v.constructor.name}`;
  return `a ${typeof v}`;
}

/**
 * The two-argument function behind `op`: a custom function as it is, a predefined name as
 * {@link applyPredefined}.
 *
 * @throws TypeError for an unknown operator
 */
export function combiner(op: ReduceOp): CustomOp {
  if (typeof op === 'function') return op;
  if (isPredefinedOp(op)) return (a, b) => applyPredefined(op, a, b);
  throw new TypeError(`unknown reduction operator ${String(op)}; use MPI.SUM, MPI.PROD, MPI.MAX, MPI.MIN or a function (a, b) => ...`);
}

/**
 * Folds contributions in rank order: `op(op(op(v0, v1), v2), ...)`, the order of the course's
 * `sum(partial_integrals)` and of `reduce(..., { order: 'rank' })`. For floating-point sums it
 * gives the course's 4.492851e-12 for the 2D integral on 4 ranks.
 *
 * @param values one contribution per rank, index = rank (at least one)
 * @throws RangeError on an empty list, TypeError for an invalid op or operands
 */
export function foldInRankOrder(values: readonly unknown[], op: ReduceOp): unknown {
  if (values.length === 0) throw new RangeError('nothing to reduce');
  const combine = combiner(op);
  let acc = values[0];
  for (let i = 1; i < values.length; i++) acc = combine(acc, values[i]);
  return acc;
}

/**
 * Folds contributions along the binomial tree of mpi4py's `reduce` (`PyMPI_reduce_p2p` in
 * mpi4py's msgpickle.pxi, which lower-case `comm.reduce`/`comm.allreduce` use for Python
 * objects): in round k = 0, 1, 2, … every rank r that is a multiple of 2^(k+1) combines
 * `op(mine, theirs)` with the partial result of rank r + 2^k, if that rank exists. The left
 * operand always holds the lower ranks, so the operands keep rank order; only the grouping differs:
 * 4 ranks `(p0+p1)+(p2+p3)`, 7 ranks `((p0+p1)+(p2+p3))+((p4+p5)+p6)`, 5 ranks
 * `((p0+p1)+(p2+p3))+p4`. The collective `reduce` of collectives.ts with `order: 'tree'` combines
 * exactly so, over messages.
 *
 * @param values one contribution per rank, index = rank (at least one)
 * @throws RangeError on an empty list, TypeError for an invalid op or operands
 */
export function foldTree(values: readonly unknown[], op: ReduceOp): unknown {
  if (values.length === 0) throw new RangeError('nothing to reduce');
  const combine = combiner(op);
  const partial = [...values];
  for (let mask = 1; mask < partial.length; mask <<= 1) {
    for (let r = 0; r + mask < partial.length; r += 2 * mask) partial[r] = combine(partial[r], partial[r + mask]);
  }
  return partial[0];
}
