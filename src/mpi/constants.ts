/**
 * Constants of the MPI-style communicator, named as mpi4py names them (`MPI.ANY_SOURCE`,
 * `MPI.ANY_TAG`). Pure: any thread, Node.
 */

/** Wildcard source for `recv`/`irecv`: match a message from any rank (mpi4py `MPI.ANY_SOURCE`). */
export const ANY_SOURCE = -1;

/** Wildcard tag for `recv`/`irecv`: match a message with any user tag (mpi4py `MPI.ANY_TAG`). */
export const ANY_TAG = -1;

/**
 * Matching context of a message. MPI keeps point-to-point traffic and the internal traffic of
 * collectives apart (each communicator has separate contexts), so a user `recv(ANY_SOURCE, ANY_TAG)`
 * can never swallow a message that belongs to a `bcast`. We do the same with two contexts.
 */
export type MessageContext = 'p2p' | 'coll';

/** Names of the collective operations, as they appear in the trace and the wait-for list. */
export type CollectiveName = 'bcast' | 'scatter' | 'gather' | 'reduce' | 'allreduce' | 'barrier';
