/**
 * The communicator of one rank (mpi4py's `MPI.COMM_WORLD` as seen from that rank): point-to-point
 * `send`/`recv`, non-blocking `isend`/`irecv` with requests, and the collectives, over one
 * MessagePort per peer rank (a full mesh created on the page) and, when the page is cross-origin
 * isolated, a mailbox per rank in shared memory (shm-mailbox.ts). Every operation is reported to
 * the coordinator for the trace and the deadlock detector.
 *
 * Transport: with mailboxes, a message is written into the receiver's mailbox and a doorbell (a
 * tiny port message) wakes a receiver that waits; `req.test()`, `comm.iprobe()`, `recv` and
 * `wait()` first read the mailbox synchronously, so a rank that polls in a loop without `await`
 * sees an arrived message at once, as under MPI. Messages the mailbox cannot take (transferred
 * buffers, encodings over 256 KiB, payloads outside the codec of shm-codec.ts, a full mailbox)
 * go through the port, and every message carries its sequence number on its pair of ranks, so
 * the receiver hands them to matching in send order whatever path each took. Without mailboxes
 * (the fallback: a page that is not isolated) every message is a port message, which a rank
 * only receives between tasks; a rank that polls for longer than {@link SPIN_LIMIT_MS} without
 * yielding while its message can only come that way is stopped with an error that says to add
 * an `await` to the loop (see {@link Comm} `guardPolling`).
 *
 * Semantics, and where they differ from MPI:
 * - `send` is buffered (eager): it returns once the message is posted, whatever its size, so it
 *   never blocks. MPI's `send` may wait for the receiver for large messages; a program that is
 *   correct here may still deadlock under a real MPI (see the lesson's Deadlock section).
 * - Payloads are structured-cloned (copied) unless the sender passes `{ transfer: true }`; then the
 *   ArrayBuffers inside the payload are transferred (moved) and detached in the sender, like
 *   handing a buffer over instead of copying it.
 * - Messages between a pair of ranks are never reordered (non-overtaking).
 * - As in mpi4py: `MPI.PROC_NULL` as source or destination makes an operation that does nothing
 *   and completes at once (a receive gives `undefined`, mpi4py's None); a source or destination
 *   that is given but `undefined` is an error (a forgotten variable must not mean "any rank");
 *   tags outside [0, 2^31 - 1] are refused (ANY_TAG is allowed for receives); a request's value is
 *   handed out once, so `test()` after `wait()` gives `[true, undefined]` as mpi4py's `(True, None)`.
 *
 * Runs in a rank's thread (a Web Worker, or the Node test process); not on the page in the app.
 */
import { ANY_SOURCE, ANY_TAG, PROC_NULL, TAG_MAX, type CollectiveName, type MessageContext, type ReduceOrder } from './constants.ts';
import { MatchingEngine, type Envelope, type MatchSpec } from './matching.ts';
import { collectTransferables, payloadBytes } from './payload.ts';
import { MAILBOX_MESSAGE_LIMIT, Mailbox } from './shm-mailbox.ts';
import * as algo from './collectives.ts';
import type { ReduceOp } from './reduce-ops.ts';
import type { RankEvent, WaitSpec } from './protocol.ts';

/** The parts of a MessagePort the communicator uses (browser and Node ports both fit). */
export interface PortLike {
  postMessage(message: unknown, transfer?: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
  start?: () => void;
  close?: () => void;
}

/** Absolute time in ms, comparable between threads. */
export function absoluteNow(): number {
  return performance.timeOrigin + performance.now();
}

/** mpi4py's Status: filled by `recv` with where the message came from. */
export class Status {
  source = -1;
  tag = -1;
  /** Payload size in bytes (estimate, see payload.ts). */
  bytes = 0;
  Get_source(): number {
    return this.source;
  }
  Get_tag(): number {
    return this.tag;
  }
}

/** Options of `send`/`isend` when given as an object. */
export interface SendOptions {
  dest: number;
  tag?: number;
  /** Transfer (move) the typed arrays' buffers instead of copying them. */
  transfer?: boolean;
}

/** Options of `recv`/`irecv` when given as an object. */
export interface RecvOptions {
  source?: number;
  tag?: number;
  status?: Status;
}

/**
 * A non-blocking operation in progress (mpi4py `Request`). `wait()` resolves with the received
 * object (undefined for sends); `test()` returns `[done, value]` without waiting.
 */
export class Request<T = unknown> {
  private done = false;
  /** The value was handed out (by `wait` or a successful `test`); MPI frees the request then. */
  private consumed = false;
  private value: T | undefined;
  private readonly waiters: ((v: T | undefined) => void)[] = [];

  /** @internal */
  constructor(
    private readonly comm: Comm,
    /** What the request waits for, for the wait-for list; undefined for sends. */
    readonly waitSpec?: WaitSpec,
  ) {}

  /** @internal Completes the request. */
  complete(value: T | undefined): void {
    if (this.done) return;
    this.done = true;
    this.value = value;
    // Only the first waiter gets the value (take()), as only one MPI wait completes a request.
    for (const w of this.waiters.splice(0)) w(value);
  }

  /** Hands the value out once: later calls get undefined, as an MPI request is freed on completion. */
  private take(): T | undefined {
    if (this.consumed) return undefined;
    this.consumed = true;
    const v = this.value;
    this.value = undefined;
    return v;
  }

  /**
   * Waits for completion. While it waits, the rank counts as blocked on this request.
   * Resolves with the value the first time; like mpi4py (whose request is then MPI.REQUEST_NULL),
   * a second `wait()`, or one after a successful `test()`, resolves with undefined.
   */
  wait(): Promise<T> {
    if (!this.done) this.comm.progress();
    if (this.done) return Promise.resolve(this.take() as T);
    return new Promise<T>((resolve) => {
      this.comm.markBlocked(this as unknown as Request);
      this.waiters.push(() => {
        this.comm.markUnblocked(this as unknown as Request);
        resolve(this.take() as T);
      });
    });
  }

  /**
   * Non-blocking check: `[false, undefined]` while incomplete; `[true, value]` the first time it
   * finds the request complete; `[true, undefined]` after that or after `wait()` (mpi4py's
   * `(True, None)`). Reads the rank's shared mailbox first, so a loop on `test()` without `await`
   * completes when the message arrives, as under MPI.
   *
   * @throws Error when such a loop has polled for SPIN_LIMIT_MS without yielding and the message
   *   can only arrive as a port event (a page that is not cross-origin isolated, or a message sent
   *   through the port): the error says to add an `await` to the loop
   */
  test(): [boolean, T | undefined] {
    if (!this.done) this.comm.progress();
    if (this.done) return [true, this.take()];
    this.comm.guardPolling('req.test()', this.waitSpec?.source ?? ANY_SOURCE);
    return [false, undefined];
  }

  /** Waits for all requests (mpi4py `MPI.Request.waitall`). @returns their values in order */
  static waitall<T>(requests: readonly Request<T>[]): Promise<T[]> {
    return Promise.all(requests.map((r) => r.wait()));
  }
}

/** Where the communicator reports its events (the coordinator, through the rank's control port). */
export interface EventSink {
  /** Appends an event; `urgent` asks for an immediate flush (completion, errors). */
  push(event: RankEvent, urgent?: boolean): void;
}

/** Internal message as it crosses a port or a mailbox. */
type Wire = Omit<Envelope, 'dest'>;

/** The port message that tells a rank to read its mailbox (the message itself is in the mailbox). */
const DOORBELL = 'mailbox';

/**
 * How long a rank may poll (`req.test()`, `comm.iprobe()`) without yielding while the message it
 * polls for can only arrive as a port event, before it is stopped with an error, ms.
 */
export const SPIN_LIMIT_MS = 1000;

function isInt(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v);
}

/**
 * One rank's communicator. Create with the rank's peer ports (`peers[r]` talks to rank r;
 * `peers[rank]` is unused) and an event sink.
 */
export class Comm {
  readonly rank: number;
  readonly size: number;
  private readonly engine: MatchingEngine;
  private readonly seqTo: number[];
  private readonly blockedOn = new Set<Request>();
  private collectiveCount = 0;
  /** Order of `reduce`/`allreduce` when a call does not choose one (the lab's setting). */
  readonly reduceOrder: ReduceOrder;
  /** This rank's mailbox (read side), when the run has mailboxes. */
  private readonly inbox: Mailbox | undefined;
  /** The other ranks' mailboxes (write side), index = rank. */
  private readonly outboxes: (Mailbox | undefined)[];
  /** Per source: the sequence number of the next message to hand to matching. */
  private readonly nextSeq: number[];
  /** Per source: messages that came before their predecessor (by mailbox, past one still on the port). */
  private readonly early: Map<number, Envelope>[];
  /** Per source: port messages (not doorbells) received, to compare with the sender's count in the mailbox. */
  private readonly portArrived: number[];
  /** When a run of failed polls without an event-loop turn began (performance.now(), ms). */
  private spinSince: number | undefined;

  /**
   * @param options.reduceOrder order of reductions that do not choose one (default 'rank')
   * @param options.mailboxes the run's mailboxes (index = rank), from `createMailboxes`; without
   *   them every message goes through the ports
   * @throws RangeError for an unknown `options.reduceOrder`
   */
  constructor(
    rank: number,
    size: number,
    private readonly peers: readonly (PortLike | null | undefined)[],
    private readonly sink: EventSink,
    options: { reduceOrder?: ReduceOrder | undefined; mailboxes?: readonly SharedArrayBuffer[] | undefined } = {},
  ) {
    this.reduceOrder = algo.checkOrder(options.reduceOrder ?? 'rank');
    this.rank = rank;
    this.size = size;
    this.engine = new MatchingEngine(size);
    this.seqTo = new Array<number>(size).fill(0);
    this.nextSeq = new Array<number>(size).fill(0);
    this.portArrived = new Array<number>(size).fill(0);
    this.early = Array.from({ length: size }, () => new Map<number, Envelope>());
    const boxes = options.mailboxes;
    this.inbox = boxes?.[rank] ? new Mailbox(boxes[rank]) : undefined;
    this.outboxes = Array.from({ length: size }, (_, r) => (this.inbox && r !== rank && boxes?.[r] ? new Mailbox(boxes[r]) : undefined));
    peers.forEach((port, r) => {
      if (!port || r === rank) return;
      port.addEventListener('message', (e) => {
        if (e.data !== DOORBELL) {
          this.portArrived[r]!++;
          this.accept({ ...(e.data as Wire), dest: this.rank });
        }
        this.progress();
      });
      port.start?.();
    });
  }

  /**
   * @internal Reads the mailbox and hands its messages to matching (synchronously: this is what
   * lets a polling loop without `await` see arrived messages).
   */
  progress(): void {
    if (!this.inbox) return;
    for (const m of this.inbox.drain()) this.accept({ ...(m as Wire), dest: this.rank });
  }

  /** Hands a message to matching in its pair's send order, holding it back if an earlier one is still on its way. */
  private accept(msg: Envelope): void {
    const s = msg.source;
    if (msg.seq !== this.nextSeq[s]) {
      this.early[s]!.set(msg.seq, msg);
      return;
    }
    let next: Envelope | undefined = msg;
    while (next) {
      this.nextSeq[s]!++;
      this.arrive(next);
      next = this.early[s]!.get(this.nextSeq[s]!);
      if (next) this.early[s]!.delete(next.seq);
    }
  }

  /**
   * @internal Called by a poll that found nothing. Stops a rank that has polled for SPIN_LIMIT_MS
   * without an event-loop turn while the message it polls for can only come as a port event (no
   * mailboxes, or a port message from that source on its way), which it could never receive.
   *
   * @throws Error saying what to change in the loop
   */
  guardPolling(what: string, source: number): void {
    const now = performance.now();
    if (this.spinSince === undefined) {
      this.spinSince = now;
      setTimeout(() => (this.spinSince = undefined), 0); // runs only if the rank yields to its event loop
      return;
    }
    if (now - this.spinSince < SPIN_LIMIT_MS) return;
    const from = source === ANY_SOURCE ? [...this.peers.keys()] : [source];
    const onPort = this.inbox ? from.filter((s) => s !== this.rank && this.inbox!.portSent(s) > this.portArrived[s]!) : [];
    if (this.inbox && onPort.length === 0) return; // the mailbox will show the message when it comes, as under MPI
    const seconds = ((now - this.spinSince) / 1000).toFixed(1);
    const why = this.inbox
      ? `a message from rank ${onPort[0]} travels through a MessagePort (it was sent with transfer: true, is over ${MAILBOX_MESSAGE_LIMIT / 1024} KiB or holds values the shared mailbox cannot copy), and a rank receives port messages only between tasks`
      : 'this page is not cross-origin isolated, so messages between ranks travel as MessagePort events, which a rank receives only between tasks';
    throw new Error(
      `rank ${this.rank} polled with ${what} for ${seconds} s without yielding, and the message cannot reach it until it yields: ${why} (under MPI the same loop would see it). Add an await in the loop, e.g. \`await sleep(0)\` after each slice of work, or wait with \`await req.wait()\`.`,
    );
  }

  /** mpi4py alias of `rank`. */
  Get_rank(): number {
    return this.rank;
  }

  /** mpi4py alias of `size`. */
  Get_size(): number {
    return this.size;
  }

  private arrive(msg: Envelope): void {
    this.engine.arrive(msg);
    // A message that did not unblock us changes what the detector must know (arrival counts).
    if (this.blockedOn.size > 0) this.reportState();
  }

  /**
   * A source or destination: a rank, MPI.PROC_NULL or (receives) MPI.ANY_SOURCE.
   * @throws TypeError for `undefined` (a forgotten variable, not "any rank"), RangeError otherwise
   */
  private checkRank(r: unknown, what: string, allowAny: boolean): number {
    if (r === PROC_NULL) return PROC_NULL;
    if (allowAny && r === ANY_SOURCE) return ANY_SOURCE;
    const expected = `a rank in [0, ${this.size}), MPI.PROC_NULL${allowAny ? ' or MPI.ANY_SOURCE' : ''}`;
    if (r === undefined) {
      throw new TypeError(`${what} is undefined: pass ${expected}${allowAny ? ' (or leave the source out to receive from any rank)' : ''}`);
    }
    if (!isInt(r) || r < 0 || r >= this.size) throw new RangeError(`${what} must be ${expected}, got ${String(r)}`);
    return r;
  }

  /** @throws RangeError for a tag outside [0, TAG_MAX] (ANY_TAG allowed when `allowAny`), as mpi4py raises MPI_ERR_TAG */
  private checkTag(t: unknown, what: string, allowAny: boolean): number {
    if (allowAny && t === ANY_TAG) return ANY_TAG;
    if (!isInt(t) || t < 0 || t > TAG_MAX) {
      throw new RangeError(
        `${what}: invalid tag ${String(t)}: a tag is an integer from 0 to 2^31 - 1 = ${TAG_MAX}${allowAny ? ' or MPI.ANY_TAG' : ''} (mpi4py raises MPI.Exception: MPI_ERR_TAG: invalid tag)`,
      );
    }
    return t;
  }

  /**
   * Reads the arguments of `recv`/`irecv`/`iprobe`: positional `(source, tag, status)` or one
   * options object. A source left out means ANY_SOURCE (mpi4py's default); one given as
   * `undefined` is refused.
   */
  private recvArgs(what: string, args: readonly unknown[]): { source: number; tag: number; status: Status | undefined } {
    const [first, second, third] = args;
    let source: unknown = ANY_SOURCE;
    let tag: unknown = ANY_TAG;
    let status: unknown;
    if (typeof first === 'object' && first !== null) {
      const o = first as RecvOptions;
      if ('source' in o) source = o.source;
      if (o.tag !== undefined) tag = o.tag;
      status = o.status;
    } else {
      if (args.length > 0) source = first;
      if (second !== undefined) tag = second;
      status = third;
    }
    return { source: this.checkRank(source, `${what}: source`, true), tag: this.checkTag(tag, what, true), status: status as Status | undefined };
  }

  /** Low-level send used by p2p and collectives. */
  private post(dest: number, tag: number, context: MessageContext, payload: unknown, transfer: boolean, collective?: string): void {
    const seq = this.seqTo[dest]!;
    this.seqTo[dest] = seq + 1;
    const sentAt = absoluteNow();
    const bytes = payloadBytes(payload);
    this.sink.push({ k: 'send', source: this.rank, dest, seq, tag, context, collective, bytes, t: sentAt });
    const wire: Wire = { source: this.rank, tag, context, seq, sentAt, bytes, collective, payload };
    if (dest === this.rank) {
      // Self-send: a copy (or the object itself when given up) goes to our own queue at once, so a
      // polling loop sees it, as MPI's buffered send to self.
      this.accept({ ...wire, payload: transfer ? payload : structuredClone(payload), dest });
      return;
    }
    const port = this.peers[dest];
    if (!port) throw new Error(`no channel from rank ${this.rank} to rank ${dest}`);
    const outbox = this.outboxes[dest];
    // (The size estimate spares encoding a payload that is surely too large for the mailbox.)
    if (outbox && !transfer && bytes <= MAILBOX_MESSAGE_LIMIT && outbox.tryWrite(wire)) {
      port.postMessage(DOORBELL);
      return;
    }
    port.postMessage(wire, transfer ? collectTransferables(payload) : []);
    outbox?.notePortSend(this.rank);
  }

  /** Low-level receive used by p2p and collectives: a request completed by the matching engine. */
  private postRecv(spec: MatchSpec, op: string, status?: Status): Request {
    if (spec.source === PROC_NULL) {
      // MPI: a receive from PROC_NULL completes at once, with source PROC_NULL, tag ANY_TAG, no data.
      if (status) {
        status.source = PROC_NULL;
        status.tag = ANY_TAG;
        status.bytes = 0;
      }
      const done = new Request(this);
      done.complete(undefined);
      return done;
    }
    this.progress(); // a receive takes the earliest matching message: read the mailbox first
    const req = new Request(this, { op, source: spec.source, tag: spec.tag, context: spec.context });
    this.engine.post({
      spec,
      deliver: (msg) => {
        this.sink.push({ k: 'recv', source: msg.source, dest: this.rank, seq: msg.seq, t: absoluteNow() });
        if (status) {
          status.source = msg.source;
          status.tag = msg.tag;
          status.bytes = msg.bytes;
        }
        req.complete(msg.payload);
      },
    });
    return req;
  }

  /** @internal A request started waiting. */
  markBlocked(req: Request): void {
    this.blockedOn.add(req);
    this.reportState();
  }

  /** @internal A request stopped waiting. */
  markUnblocked(req: Request): void {
    this.blockedOn.delete(req);
    this.reportState();
  }

  private reportState(): void {
    const waits = [...this.blockedOn].map((r) => r.waitSpec).filter((w): w is WaitSpec => w !== undefined);
    this.sink.push(
      { k: 'state', state: waits.length > 0 ? 'blocked' : 'running', waits, arrivedFrom: [...this.engine.arrivedFrom], t: absoluteNow() },
    );
  }

  /**
   * Buffered send (mpi4py `comm.send(obj, dest, tag=0)`), also `send(obj, { dest, tag, transfer })`.
   * Returns a resolved promise so `await comm.send(...)` reads naturally. A send to MPI.PROC_NULL
   * does nothing.
   *
   * @throws TypeError for an undefined destination, RangeError for a bad destination or tag
   */
  send(obj: unknown, dest: number | SendOptions, tag = 0, options?: { transfer?: boolean }): Promise<void> {
    const o: SendOptions = typeof dest === 'object' && dest !== null ? dest : { dest, tag, transfer: options?.transfer ?? false };
    const d = this.checkRank(o.dest, 'send: dest', false);
    const t = this.checkTag(o.tag ?? 0, 'send', false);
    if (d !== PROC_NULL) this.post(d, t, 'p2p', obj, o.transfer ?? false);
    return Promise.resolve();
  }

  /**
   * Blocking receive (mpi4py `comm.recv(source=ANY_SOURCE, tag=ANY_TAG, status=None)`), also
   * `recv({ source, tag, status })`. Takes the earliest arrived message that matches. A source
   * left out means MPI.ANY_SOURCE; from MPI.PROC_NULL it returns undefined at once.
   *
   * @returns the received object
   * @throws TypeError for a source given as undefined, RangeError for a bad source or tag
   */
  recv<T = unknown>(source?: number | RecvOptions, tag?: number, status?: Status): Promise<T>;
  recv<T = unknown>(...args: unknown[]): Promise<T> {
    const { source, tag, status } = this.recvArgs('recv', args);
    return this.postRecv({ source, tag, context: 'p2p' }, 'recv', status).wait() as Promise<T>;
  }

  /**
   * Send and receive in one call (mpi4py `comm.sendrecv(sendobj, dest, sendtag=0, recvbuf=None,
   * source=ANY_SOURCE, recvtag=ANY_TAG)`), here `sendrecv(obj, { dest, sendtag, source, recvtag })`:
   * the classic way to exchange with a partner without ordering the calls by hand (it cannot deadlock
   * against a matching sendrecv on the partner).
   *
   * @returns the received object
   */
  sendrecv<T = unknown>(obj: unknown, o: { dest: number; sendtag?: number; source?: number; recvtag?: number; status?: Status }): Promise<T> {
    const { source, tag, status } = this.recvArgs('sendrecv', [{ ...('source' in o ? { source: o.source } : {}), tag: o.recvtag, status: o.status }]);
    const req = this.postRecv({ source, tag, context: 'p2p' }, 'wait', status) as Request<T>;
    void this.send(obj, { dest: o.dest, tag: o.sendtag ?? 0 });
    return req.wait();
  }

  /** Non-blocking send (mpi4py `comm.isend`): same arguments as `send`; the request completes at once. */
  isend(obj: unknown, dest: number | SendOptions, tag = 0, options?: { transfer?: boolean }): Request<undefined> {
    void this.send(obj, dest, tag, options);
    const req = new Request<undefined>(this);
    req.complete(undefined);
    return req;
  }

  /** Non-blocking receive (mpi4py `comm.irecv`): same arguments as `recv`; `wait()` gives the object. */
  irecv<T = unknown>(source?: number | RecvOptions, tag?: number, status?: Status): Request<T>;
  irecv<T = unknown>(...args: unknown[]): Request<T> {
    const { source, tag, status } = this.recvArgs('irecv', args);
    return this.postRecv({ source, tag, context: 'p2p' }, 'wait', status) as Request<T>;
  }

  /**
   * True if a message matching (source, tag) has arrived and waits to be received (MPI `iprobe`);
   * always true for MPI.PROC_NULL, whose receive completes at once. Reads the shared mailbox
   * first, so a loop `while (!comm.iprobe(1, 4)) { ... }` without `await` ends when the message
   * comes, as under MPI.
   *
   * @throws Error when such a loop has polled for SPIN_LIMIT_MS without yielding and the message
   *   can only arrive as a port event (see the module comment)
   */
  iprobe(source?: number, tag?: number): boolean;
  iprobe(...args: unknown[]): boolean {
    const { source, tag } = this.recvArgs('iprobe', args.slice(0, 2));
    if (source === PROC_NULL) return true;
    this.progress();
    if (this.engine.probe({ source, tag, context: 'p2p' }) !== undefined) return true;
    this.guardPolling('comm.iprobe()', source);
    return false;
  }

  /** Runs one collective call with its own transport and reports enter/exit for the trace. */
  private async collective<R>(name: CollectiveName, root: number, body: (t: algo.CollectiveTransport) => Promise<R>): Promise<R> {
    const index = this.collectiveCount++;
    this.sink.push({ k: 'coll', name, index, root, phase: 'enter', t: absoluteNow() });
    const transport: algo.CollectiveTransport = {
      rank: this.rank,
      size: this.size,
      send: (dest, value, phase) => this.post(dest, index * 8 + phase, 'coll', value, false, name),
      recv: (source, phase) => this.postRecv({ source, tag: index * 8 + phase, context: 'coll' }, name).wait(),
    };
    const result = await body(transport);
    this.sink.push({ k: 'coll', name, index, root, phase: 'exit', t: absoluteNow() });
    return result;
  }

  /** Broadcast (mpi4py `comm.bcast(obj, root=0)`): every rank returns the root's object. */
  bcast<T>(obj: T, root: number | { root?: number } = 0): Promise<T> {
    const r = typeof root === 'object' ? (root.root ?? 0) : root;
    return this.collective('bcast', r, (t) => algo.bcast(t, obj, r));
  }

  /** Scatter (mpi4py `comm.scatter(sendobj, root=0)`): the root's array of `size` items, one per rank. */
  scatter<T>(sendobj: readonly T[] | null | undefined, root: number | { root?: number } = 0): Promise<T> {
    const r = typeof root === 'object' ? (root.root ?? 0) : root;
    return this.collective('scatter', r, (t) => algo.scatter(t, sendobj, r));
  }

  /** Gather (mpi4py `comm.gather(sendobj, root=0)`): the root gets an array indexed by rank, others undefined. */
  gather<T>(sendobj: T, root: number | { root?: number } = 0): Promise<T[] | undefined> {
    const r = typeof root === 'object' ? (root.root ?? 0) : root;
    return this.collective('gather', r, (t) => algo.gather(t, sendobj, r));
  }

  /**
   * Reduce (mpi4py `comm.reduce(sendobj, op=MPI.SUM, root=0)`), also `reduce(x, { op, root, order })`.
   * `op` is MPI.SUM, MPI.PROD, MPI.MAX, MPI.MIN or a function (a, b) => c. `order` is `'rank'`
   * (`((p0 + p1) + p2) + p3`) or `'tree'` (mpi4py's binomial tree, `(p0 + p1) + (p2 + p3)`; see
   * collectives.ts); by default the run's order ({@link Comm.reduceOrder}). Floating-point sums
   * can differ in the last digits between the two.
   *
   * @throws RangeError for a bad root or order
   */
  reduce<T = unknown>(sendobj: unknown, op: ReduceOp | { op?: ReduceOp; root?: number; order?: ReduceOrder } = 'SUM', root = 0): Promise<T | undefined> {
    const o = typeof op === 'object' && op !== null ? op : { op, root };
    const r = o.root ?? 0;
    const order = 'order' in o ? algo.checkOrder(o.order) : this.reduceOrder;
    return this.collective('reduce', r, (t) => algo.reduce(t, sendobj, o.op ?? 'SUM', r, 0, order)) as Promise<T | undefined>;
  }

  /**
   * Allreduce (mpi4py `comm.allreduce(sendobj, op=MPI.SUM)`): the reduction on every rank, also
   * `allreduce(x, { op, order })` with the orders of {@link Comm.reduce}.
   *
   * @throws RangeError for a bad order
   */
  allreduce<T = unknown>(sendobj: unknown, op: ReduceOp | { op?: ReduceOp; order?: ReduceOrder } = 'SUM'): Promise<T> {
    const o = typeof op === 'object' && op !== null ? op : { op };
    const order = 'order' in o ? algo.checkOrder(o.order) : this.reduceOrder;
    return this.collective('allreduce', 0, (t) => algo.allreduce(t, sendobj, o.op ?? 'SUM', order)) as Promise<T>;
  }

  /** Barrier (mpi4py `comm.barrier()` / `comm.Barrier()`). */
  barrier(): Promise<void> {
    return this.collective('barrier', 0, (t) => algo.barrier(t));
  }

  /** mpi4py's upper-case alias of `barrier`. */
  Barrier(): Promise<void> {
    return this.barrier();
  }
}
