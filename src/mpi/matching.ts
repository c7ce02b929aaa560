/**
 * The matching engine of one rank: arrived messages wait in an unexpected-message queue, posted
 * receives wait in a posted-receive queue, and each new message or receive is matched against the
 * other queue in order. This is the classic two-queue design of MPI implementations (MPICH's
 * "posted" and "unexpected" queues), and it gives MPI's guarantees:
 *
 * - a receive takes the *earliest* arrived message that matches its (source, tag, context);
 * - a message goes to the *earliest posted* receive that matches it;
 * - messages from one sender arrive in send order (our transport is one MessagePort per pair of
 *   ranks, which is FIFO), so two messages from the same sender that both match a receive are
 *   received in the order they were sent ("non-overtaking", MPI standard section 3.5).
 *
 * Pure: no ports, no timers; runs on any thread and in Node.
 */
import { ANY_SOURCE, ANY_TAG, type MessageContext } from './constants.ts';

/** A message as it travels between ranks. */
export interface Envelope {
  /** Sending rank. */
  source: number;
  /** Receiving rank. */
  dest: number;
  /** User tag (p2p, a non-negative integer) or the collective's sequence number (coll). */
  tag: number;
  context: MessageContext;
  /** Sequence number of this message on the (source, dest) pair, from 0: identifies it in the trace. */
  seq: number;
  /** Page-clock-independent send time: `performance.timeOrigin + performance.now()` in ms. */
  sentAt: number;
  /** Estimated payload size in bytes (see payload.ts). */
  bytes: number;
  /** Name of the collective that sent it, if any. */
  collective?: string | undefined;
  payload: unknown;
}

/** What a receive asks for. `source` may be ANY_SOURCE, `tag` ANY_TAG. */
export interface MatchSpec {
  source: number;
  tag: number;
  context: MessageContext;
}

/** True when `msg` satisfies `spec` (wildcards included; contexts must be equal). */
export function matches(spec: MatchSpec, msg: Pick<Envelope, 'source' | 'tag' | 'context'>): boolean {
  return (
    spec.context === msg.context &&
    (spec.source === ANY_SOURCE || spec.source === msg.source) &&
    (spec.tag === ANY_TAG || spec.tag === msg.tag)
  );
}

/** A posted receive: resolved with the matched message. */
export interface PostedReceive {
  spec: MatchSpec;
  /** Called once, with the matching message. */
  deliver: (msg: Envelope) => void;
}

/**
 * The two queues of one rank. `arrive` is called by the transport for every incoming message,
 * `post` by `recv`/`irecv`. Each returns whether a match happened immediately.
 */
export class MatchingEngine {
  private readonly unexpected: Envelope[] = [];
  private readonly posted: PostedReceive[] = [];
  /** Messages that arrived so far, per source rank (for the deadlock detector). */
  readonly arrivedFrom: number[];

  /** @param size number of ranks in the communicator */
  constructor(size: number) {
    this.arrivedFrom = new Array<number>(size).fill(0);
  }

  /**
   * A message arrived: hand it to the earliest matching posted receive, or queue it.
   * @returns true if a posted receive took it
   */
  arrive(msg: Envelope): boolean {
    this.arrivedFrom[msg.source] = (this.arrivedFrom[msg.source] ?? 0) + 1;
    const i = this.posted.findIndex((p) => matches(p.spec, msg));
    if (i < 0) {
      this.unexpected.push(msg);
      return false;
    }
    const [receive] = this.posted.splice(i, 1);
    receive!.deliver(msg);
    return true;
  }

  /**
   * Post a receive: take the earliest matching queued message now, or wait for one.
   * @returns true if it was satisfied immediately
   */
  post(receive: PostedReceive): boolean {
    const i = this.unexpected.findIndex((m) => matches(receive.spec, m));
    if (i < 0) {
      this.posted.push(receive);
      return false;
    }
    const [msg] = this.unexpected.splice(i, 1);
    receive.deliver(msg!);
    return true;
  }

  /** True if a queued message would satisfy `spec` right now (MPI `iprobe`). */
  probe(spec: MatchSpec): Envelope | undefined {
    return this.unexpected.find((m) => matches(spec, m));
  }

  /** Number of arrived messages nobody has received yet. */
  get pendingMessages(): number {
    return this.unexpected.length;
  }

  /** Number of posted receives still waiting. */
  get pendingReceives(): number {
    return this.posted.length;
  }
}
