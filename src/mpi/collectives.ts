/**
 * Algorithms of the collective operations, written against a minimal point-to-point transport so
 * they can be unit-tested without ports. Every collective call on a communicator gets its own
 * transport (its own sequence number, in a context apart from user messages), so collectives never
 * match user receives.
 *
 * Algorithms (after MPICH's defaults, simplified):
 * - `bcast`: binomial tree rooted at `root` (ceil(log2 p) rounds; works for any p, not only powers of two);
 * - `scatter`, `gather`: linear, the root sends or receives one message per other rank;
 * - `reduce`, in one of two orders (`ReduceOrder` in constants.ts):
 *   - `'rank'` (the default): linear gather to the root, then a fold in rank order,
 *     `((p0 + p1) + p2) + p3`, the order of the course's `sum(partial_integrals)`;
 *   - `'tree'`: the binomial tree of mpi4py's lower-case `reduce` (`PyMPI_reduce_p2p` in mpi4py's
 *     msgpickle.pxi, mpi4py 3.1 and 4.x; it does not call MPI_Reduce for Python objects, so Open
 *     MPI's own choice of algorithm plays no part): in round k = 0, 1, … while 2^k < p, rank r
 *     with bit k set sends its partial result to r - 2^k; rank r with bit k clear receives from
 *     r + 2^k, if that rank exists, and combines `op(mine, theirs)`. Like mpi4py, a rank goes on
 *     looping after it has sent, so some ranks exchange partial results nobody uses (4 ranks: 4
 *     messages, not 3; rank 1 also calls `op`), which the trace shows as mpi4py would send them.
 *     Rank 0 ends with the result and sends it to the root if the root is another rank. 4 ranks: `(p0 + p1) + (p2 + p3)`; 7 ranks:
 *     `((p0 + p1) + (p2 + p3)) + ((p4 + p5) + p6)`. The operands stay in rank order in both, as
 *     MPI requires for non-commutative operators; floating-point sums differ in the last digits;
 * - `allreduce`: `reduce` to rank 0 followed by `bcast` from rank 0 (as mpi4py does);
 * - `barrier`: a gather of empty messages to rank 0 followed by a bcast: nobody leaves before
 *   everybody has arrived.
 *
 * Pure: any thread, Node.
 */
import type { ReduceOrder } from './constants.ts';
import { combiner, foldInRankOrder, type ReduceOp } from './reduce-ops.ts';

/** The point-to-point operations a collective needs, bound to one collective call. */
export interface CollectiveTransport {
  readonly rank: number;
  readonly size: number;
  /** Sends `value` to `dest` within this call; `phase` separates the steps of composite collectives. */
  send(dest: number, value: unknown, phase: number): void;
  /** Receives the value `source` sent to this rank within this call and phase. */
  recv(source: number, phase: number): Promise<unknown>;
}

function checkRoot(t: CollectiveTransport, root: number, what: string): void {
  if (!Number.isInteger(root) || root < 0 || root >= t.size) {
    throw new RangeError(`${what}: root must be a rank in [0, ${t.size}), got ${String(root)}`);
  }
}

/**
 * Binomial-tree broadcast: relative rank v = (rank - root) mod p receives from v - 2^k, where 2^k is
 * the lowest set bit of v, then forwards to v + 2^j for every 2^j < 2^k with v + 2^j < p.
 *
 * @returns the root's value, on every rank
 * @throws RangeError for an invalid root
 */
export async function bcast<T>(t: CollectiveTransport, value: T, root: number, phase = 0): Promise<T> {
  checkRoot(t, root, 'bcast');
  const { size } = t;
  const v = (t.rank - root + size) % size;
  let mask = 1;
  let result = value;
  while (mask < size) {
    if (v & mask) {
      result = (await t.recv((v - mask + root) % size, phase)) as T;
      break;
    }
    mask <<= 1;
  }
  mask >>= 1;
  while (mask > 0) {
    if (v + mask < size) t.send((v + mask + root) % size, result, phase);
    mask >>= 1;
  }
  return result;
}

/**
 * Linear scatter: the root sends `values[i]` to rank i and keeps `values[root]`.
 *
 * @param values on the root, an array with exactly `size` entries; ignored elsewhere
 * @returns this rank's piece
 * @throws RangeError (on the root) when `values` is not an array of length `size`
 */
export async function scatter<T>(t: CollectiveTransport, values: readonly T[] | null | undefined, root: number): Promise<T> {
  checkRoot(t, root, 'scatter');
  if (t.rank !== root) return (await t.recv(root, 0)) as T;
  if (!Array.isArray(values) || values.length !== t.size) {
    throw new RangeError(`scatter: the root must pass an array of exactly ${t.size} items (one per rank), got ${Array.isArray(values) ? `${values.length} items` : String(values)}`);
  }
  for (let i = 0; i < t.size; i++) if (i !== root) t.send(i, values[i], 0);
  return values[root] as T;
}

/**
 * Linear gather: every rank sends its value to the root, which returns them indexed by rank.
 *
 * @returns on the root an array of `size` values (index = rank); `undefined` elsewhere (mpi4py returns None)
 */
export async function gather<T>(t: CollectiveTransport, value: T, root: number, phase = 0): Promise<T[] | undefined> {
  checkRoot(t, root, 'gather');
  if (t.rank !== root) {
    t.send(root, value, phase);
    return undefined;
  }
  const out = new Array<T>(t.size);
  for (let i = 0; i < t.size; i++) out[i] = i === root ? value : ((await t.recv(i, phase)) as T);
  return out;
}

/** @throws RangeError unless `order` is 'rank' or 'tree' */
export function checkOrder(order: unknown): ReduceOrder {
  if (order === 'rank' || order === 'tree') return order;
  throw new RangeError(`reduce: order must be 'rank' or 'tree', got ${typeof order === 'string' ? `'${order}'` : String(order)}`);
}

/**
 * Reduce in the chosen order (see the module comment): `'rank'` gathers to the root and folds in
 * rank order, `'tree'` combines along mpi4py's binomial tree.
 *
 * @returns the reduction on the root, `undefined` elsewhere
 * @throws RangeError for an invalid root or order; TypeError (where two values meet) when `op`
 *   cannot combine the contributions
 */
export async function reduce(t: CollectiveTransport, value: unknown, op: ReduceOp, root: number, phase = 0, order: ReduceOrder = 'rank'): Promise<unknown> {
  checkOrder(order);
  if (order === 'rank') {
    const all = await gather(t, value, root, phase);
    return all === undefined ? undefined : foldInRankOrder(all, op);
  }
  checkRoot(t, root, 'reduce');
  const combine = combiner(op);
  const { rank, size } = t;
  let result = value;
  for (let mask = 1; mask < size; mask <<= 1) {
    // No break after sending: mpi4py's loop goes on too (see the module comment).
    if (rank & mask) t.send(rank & ~mask, result, phase);
    else if ((rank | mask) < size) result = combine(result, await t.recv(rank | mask, phase));
  }
  if (root !== 0) {
    if (rank === 0) t.send(root, result, phase);
    else if (rank === root) result = await t.recv(0, phase);
  }
  return rank === root ? result : undefined;
}

/** Allreduce: reduce to rank 0 in `order`, then broadcast the result. @returns the reduction on every rank */
export async function allreduce(t: CollectiveTransport, value: unknown, op: ReduceOp, order: ReduceOrder = 'rank'): Promise<unknown> {
  const r = await reduce(t, value, op, 0, 0, order);
  return bcast(t, r, 0, 1);
}

/** Barrier: returns on any rank only after every rank has called it. */
export async function barrier(t: CollectiveTransport): Promise<void> {
  await gather(t, null, 0, 0);
  await bcast(t, null, 0, 1);
}
