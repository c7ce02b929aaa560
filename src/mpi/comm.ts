/**
 * The communicator of one rank (mpi4py's `MPI.COMM_WORLD` as seen from that rank): point-to-point
 * `send`/`recv`, non-blocking `isend`/`irecv` with requests, and the collectives, over one
 * MessagePort per peer rank (a full mesh created on the page). Every operation is reported to the
 * coordinator for the trace and the deadlock detector.
 *
 * Semantics, and where they differ from MPI:
 * - `send` is buffered (eager): it returns once the message is posted, whatever its size, so it
 *   never blocks. MPI's `send` may wait for the receiver for large messages; a program that is
 *   correct here may still deadlock under a real MPI (see the lesson's Deadlock section).
 * - Payloads are structured-cloned (copied) unless the sender passes `{ transfer: true }`; then the
 *   ArrayBuffers inside the payload are transferred (moved) and detached in the sender, like
 *   handing a buffer over instead of copying it.
 * - Messages between a pair of ranks are never reordered (non-overtaking).
 *
 * Runs in a rank's thread (a Web Worker, or the Node test process); not on the page in the app.
 */
import { ANY_SOURCE, ANY_TAG, type CollectiveName, type MessageContext } from './constants.ts';
import { MatchingEngine, type Envelope, type MatchSpec } from './matching.ts';
import { collectTransferables, payloadBytes } from './payload.ts';
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
    for (const w of this.waiters.splice(0)) w(value);
  }

  /** Waits for completion. While it waits, the rank counts as blocked on this request. */
  wait(): Promise<T> {
    if (this.done) return Promise.resolve(this.value as T);
    return new Promise<T>((resolve) => {
      this.comm.markBlocked(this as unknown as Request);
      this.waiters.push((v) => {
        this.comm.markUnblocked(this as unknown as Request);
        resolve(v as T);
      });
    });
  }

  /** Non-blocking check: `[true, value]` if complete, `[false, undefined]` otherwise. */
  test(): [boolean, T | undefined] {
    return [this.done, this.value];
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

/** Internal message as it crosses a port. */
type Wire = Omit<Envelope, 'dest'>;

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

  constructor(
    rank: number,
    size: number,
    private readonly peers: readonly (PortLike | null | undefined)[],
    private readonly sink: EventSink,
  ) {
    this.rank = rank;
    this.size = size;
    this.engine = new MatchingEngine(size);
    this.seqTo = new Array<number>(size).fill(0);
    peers.forEach((port, r) => {
      if (!port || r === rank) return;
      port.addEventListener('message', (e) => this.arrive({ ...(e.data as Wire), dest: this.rank }));
      port.start?.();
    });
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

  private checkRank(r: unknown, what: string, allowAny: boolean): number {
    if (allowAny && r === ANY_SOURCE) return ANY_SOURCE;
    if (!isInt(r) || r < 0 || r >= this.size) {
      throw new RangeError(`${what} must be a rank in [0, ${this.size})${allowAny ? ' or MPI.ANY_SOURCE' : ''}, got ${String(r)}`);
    }
    return r;
  }

  private checkTag(t: unknown, allowAny: boolean): number {
    if (allowAny && t === ANY_TAG) return ANY_TAG;
    if (!isInt(t) || t < 0) throw new RangeError(`tag must be a non-negative integer${allowAny ? ' or MPI.ANY_TAG' : ''}, got ${String(t)}`);
    return t;
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
      // Self-send: deliver a copy (or the object itself when given up) to our own queue, asynchronously.
      const copy: Wire = { ...wire, payload: transfer ? payload : structuredClone(payload) };
      queueMicrotask(() => this.arrive({ ...copy, dest }));
      return;
    }
    const port = this.peers[dest];
    if (!port) throw new Error(`no channel from rank ${this.rank} to rank ${dest}`);
    port.postMessage(wire, transfer ? collectTransferables(payload) : []);
  }

  /** Low-level receive used by p2p and collectives: a request completed by the matching engine. */
  private postRecv(spec: MatchSpec, op: string, status?: Status): Request {
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
   * Returns a resolved promise so `await comm.send(...)` reads naturally.
   *
   * @throws RangeError for a bad destination or tag
   */
  send(obj: unknown, dest: number | SendOptions, tag = 0, options?: { transfer?: boolean }): Promise<void> {
    const o: SendOptions = typeof dest === 'object' && dest !== null ? dest : { dest, tag, transfer: options?.transfer ?? false };
    const d = this.checkRank(o.dest, 'send: dest', false);
    const t = this.checkTag(o.tag ?? 0, false);
    this.post(d, t, 'p2p', obj, o.transfer ?? false);
    return Promise.resolve();
  }

  /**
   * Blocking receive (mpi4py `comm.recv(source=ANY_SOURCE, tag=ANY_TAG, status=None)`), also
   * `recv({ source, tag, status })`. Takes the earliest arrived message that matches.
   *
   * @returns the received object
   * @throws RangeError for a bad source or tag
   */
  recv<T = unknown>(source: number | RecvOptions = ANY_SOURCE, tag: number = ANY_TAG, status?: Status): Promise<T> {
    const o: RecvOptions = typeof source === 'object' && source !== null ? source : { source, tag, status };
    const s = this.checkRank(o.source ?? ANY_SOURCE, 'recv: source', true);
    const t = this.checkTag(o.tag ?? ANY_TAG, true);
    return this.postRecv({ source: s, tag: t, context: 'p2p' }, 'recv', o.status).wait() as Promise<T>;
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
    const req = this.irecv<T>({ source: o.source ?? ANY_SOURCE, tag: o.recvtag ?? ANY_TAG, status: o.status });
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
  irecv<T = unknown>(source: number | RecvOptions = ANY_SOURCE, tag: number = ANY_TAG, status?: Status): Request<T> {
    const o: RecvOptions = typeof source === 'object' && source !== null ? source : { source, tag, status };
    const s = this.checkRank(o.source ?? ANY_SOURCE, 'irecv: source', true);
    const t = this.checkTag(o.tag ?? ANY_TAG, true);
    return this.postRecv({ source: s, tag: t, context: 'p2p' }, 'wait', o.status) as Request<T>;
  }

  /**
   * True if a message matching (source, tag) has arrived and waits to be received (MPI `iprobe`).
   */
  iprobe(source: number = ANY_SOURCE, tag: number = ANY_TAG): boolean {
    const s = this.checkRank(source, 'iprobe: source', true);
    const t = this.checkTag(tag, true);
    return this.engine.probe({ source: s, tag: t, context: 'p2p' }) !== undefined;
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
   * Reduce (mpi4py `comm.reduce(sendobj, op=MPI.SUM, root=0)`), also `reduce(x, { op, root })`.
   * `op` is MPI.SUM, MPI.PROD, MPI.MAX, MPI.MIN or a function (a, b) => c.
   */
  reduce<T = unknown>(sendobj: unknown, op: ReduceOp | { op?: ReduceOp; root?: number } = 'SUM', root = 0): Promise<T | undefined> {
    const o = typeof op === 'object' && op !== null ? op : { op, root };
    const r = o.root ?? 0;
    return this.collective('reduce', r, (t) => algo.reduce(t, sendobj, o.op ?? 'SUM', r)) as Promise<T | undefined>;
  }

  /** Allreduce (mpi4py `comm.allreduce(sendobj, op=MPI.SUM)`): the reduction on every rank. */
  allreduce<T = unknown>(sendobj: unknown, op: ReduceOp | { op?: ReduceOp } = 'SUM'): Promise<T> {
    const o = typeof op === 'object' && op !== null ? op : { op };
    return this.collective('allreduce', 0, (t) => algo.allreduce(t, sendobj, o.op ?? 'SUM')) as Promise<T>;
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
