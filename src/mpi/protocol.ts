/**
 * Messages from a rank to the coordinator on the page (batched), and the start message a rank
 * receives. Plain data: structured-cloneable. Pure types, any thread.
 */
import type { CollectiveName, MessageContext, ReduceOrder } from './constants.ts';

/** What a blocked rank waits for (one entry per awaited request). */
export interface WaitSpec {
  /** Operation the rank is stuck in: 'recv', 'wait' (on an irecv request) or a collective's name. */
  op: string;
  /** Awaited source rank, or -1 for ANY_SOURCE. */
  source: number;
  /** Awaited tag (-1 = ANY_TAG); for collectives the collective's sequence number. */
  tag: number;
  context: MessageContext;
}

/** One event reported by a rank. Times `t` are absolute ms (`performance.timeOrigin + performance.now()`). */
export type RankEvent =
  | { k: 'send'; source: number; dest: number; seq: number; tag: number; context: MessageContext; collective?: string | undefined; bytes: number; t: number }
  | { k: 'recv'; source: number; dest: number; seq: number; t: number }
  | { k: 'coll'; name: CollectiveName; index: number; root: number; phase: 'enter' | 'exit'; t: number }
  | { k: 'print'; text: string; t: number }
  | { k: 'state'; state: 'running' | 'blocked'; waits: WaitSpec[]; arrivedFrom: number[]; t: number }
  | { k: 'done'; value: unknown; t: number }
  | { k: 'error'; message: string; line?: number | undefined; t: number };

/** The start message of a rank: who it is and what to run. */
export interface RankInit {
  rank: number;
  size: number;
  /** Program source text: the body of an async function with `comm`, `MPI`, `kernels`, `print` in scope. */
  source: string;
  /** Order of `reduce`/`allreduce` calls that do not choose one (default 'rank'). */
  reduceOrder?: ReduceOrder | undefined;
  /**
   * The run's mailboxes in shared memory, index = rank (see shm-mailbox.ts), when the page is
   * cross-origin isolated; without them messages travel only through the ports.
   */
  mailboxes?: SharedArrayBuffer[] | undefined;
}

/** The page's start message to a rank worker: its init and its ports to the other ranks (null at its own index). */
export interface RankStartMessage extends RankInit {
  type: 'init';
  peers: (MessagePort | null)[];
}
