/**
 * Constants of the MPI-style communicator, named as mpi4py names them (`MPI.ANY_SOURCE`,
 * `MPI.ANY_TAG`). Pure: any thread, Node.
 */

/** Wildcard source for `recv`/`irecv`: match a message from any rank (mpi4py `MPI.ANY_SOURCE`). */
export const ANY_SOURCE = -1;

/** Wildcard tag for `recv`/`irecv`: match a message with any user tag (mpi4py `MPI.ANY_TAG`). */
export const ANY_TAG = -1;

/**
 * The null process (mpi4py `MPI.PROC_NULL`, -2 as in Open MPI): a send to it does nothing and
 * completes at once; a receive from it completes at once with `undefined` (mpi4py's None) and a
 * status whose source is PROC_NULL and tag ANY_TAG. Lets edge ranks of a chain or grid run the
 * same code as the inner ones (`left = rank > 0 ? rank - 1 : MPI.PROC_NULL`).
 */
export const PROC_NULL = -2;

/**
 * Largest user tag (the value of MPI's `MPI_TAG_UB` attribute under Open MPI: 2^31 - 1). Tags
 * outside [0, TAG_MAX] are refused, as mpi4py raises `MPI.Exception: MPI_ERR_TAG: invalid tag`.
 */
export const TAG_MAX = 2 ** 31 - 1;

/**
 * Order in which `reduce`/`allreduce` combine the ranks' contributions (see collectives.ts):
 * - `'rank'`: left to right in rank order, `((p0 + p1) + p2) + p3`;
 * - `'tree'`: the binomial tree of mpi4py's `reduce`/`allreduce` on Python objects,
 *   `(p0 + p1) + (p2 + p3)` on 4 ranks.
 */
export type ReduceOrder = 'rank' | 'tree';

/** The reduction orders, for validation and settings. */
export const REDUCE_ORDERS: readonly ReduceOrder[] = ['rank', 'tree'];

/**
 * Matching context of a message. MPI keeps point-to-point traffic and the internal traffic of
 * collectives apart (each communicator has separate contexts), so a user `recv(ANY_SOURCE, ANY_TAG)`
 * can never swallow a message that belongs to a `bcast`. We do the same with two contexts.
 */
export type MessageContext = 'p2p' | 'coll';

/** Names of the collective operations, as they appear in the trace and the wait-for list. */
export type CollectiveName = 'bcast' | 'scatter' | 'gather' | 'reduce' | 'allreduce' | 'barrier';
