/**
 * The message trace of a run: every message (from, to, tag, bytes, send and receive time) and
 * every collective call grouped across ranks. Times are ms since the start of the run.
 *
 * Pure: any thread, Node.
 */
import type { RankEvent } from './protocol.ts';

/** One message. `receivedAt` is undefined while it is in flight or waiting unreceived. */
export interface TraceMessage {
  source: number;
  dest: number;
  /** Sequence number on the (source, dest) pair. */
  seq: number;
  tag: number;
  context: 'p2p' | 'coll';
  /** The collective that sent it, for internal messages of collectives. */
  collective?: string | undefined;
  bytes: number;
  sentAt: number;
  receivedAt?: number | undefined;
}

/** One collective call (the index-th collective of the run), seen on every rank that entered it. */
export interface TraceCollective {
  name: string;
  index: number;
  root: number;
  /** Enter and exit times per rank (undefined: not entered or not left yet). */
  enter: (number | undefined)[];
  exit: (number | undefined)[];
}

/** A whole trace. */
export interface Trace {
  size: number;
  messages: TraceMessage[];
  collectives: TraceCollective[];
  /** Messages not kept because the trace reached its limit (counted, not stored). */
  dropped: number;
  totalMessages: number;
  totalBytes: number;
  /** Time of the last event, ms since start. */
  lastTime: number;
}

/** Messages kept in a trace; more are counted in `dropped`. */
export const MAX_TRACE_MESSAGES = 20_000;

/** Builds a trace from rank events. */
export class TraceRecorder {
  private readonly trace: Trace;
  private readonly open = new Map<string, TraceMessage>();
  /** Receive times reported before the matching send event (ranks report independently). */
  private readonly early = new Map<string, number>();
  private version = 0;

  /** @param t0 absolute ms of the start of the run (events' times are absolute) */
  constructor(
    size: number,
    private readonly t0: number,
  ) {
    this.trace = { size, messages: [], collectives: [], dropped: 0, totalMessages: 0, totalBytes: 0, lastTime: 0 };
  }

  /** Adds one event reported by `rank`; events other than messages and collectives are ignored. */
  add(rank: number, e: RankEvent): void {
    const t = e.t - this.t0;
    if (t > this.trace.lastTime) this.trace.lastTime = t;
    if (e.k === 'send') {
      this.version++;
      this.trace.totalMessages++;
      this.trace.totalBytes += e.bytes;
      if (this.trace.messages.length >= MAX_TRACE_MESSAGES) {
        this.trace.dropped++;
        return;
      }
      const key = `${e.source}>${e.dest}#${e.seq}`;
      const m: TraceMessage = { source: e.source, dest: e.dest, seq: e.seq, tag: e.tag, context: e.context, collective: e.collective, bytes: e.bytes, sentAt: t };
      this.trace.messages.push(m);
      const receivedAt = this.early.get(key);
      if (receivedAt === undefined) this.open.set(key, m);
      else {
        m.receivedAt = receivedAt;
        this.early.delete(key);
      }
    } else if (e.k === 'recv') {
      this.version++;
      const key = `${e.source}>${e.dest}#${e.seq}`;
      const m = this.open.get(key);
      if (m) {
        m.receivedAt = t;
        this.open.delete(key);
      } else this.early.set(key, t);
    } else if (e.k === 'coll') {
      this.version++;
      let c = this.trace.collectives.find((x) => x.index === e.index);
      if (!c) {
        c = { name: e.name, index: e.index, root: e.root, enter: new Array(this.trace.size).fill(undefined), exit: new Array(this.trace.size).fill(undefined) };
        this.trace.collectives.push(c);
      }
      (e.phase === 'enter' ? c.enter : c.exit)[rank] = t;
    }
  }

  /**
   * A copy of the trace as it is now (safe to hand to React).
   * @param maxMessages copy only the first this many messages (live views draw only those)
   */
  snapshot(maxMessages = Infinity): Trace {
    const kept = this.trace.messages.length > maxMessages ? this.trace.messages.slice(0, maxMessages) : this.trace.messages;
    return {
      ...this.trace,
      messages: kept.map((m) => ({ ...m })),
      dropped: this.trace.dropped + (this.trace.messages.length - kept.length),
      collectives: this.trace.collectives.map((c) => ({ ...c, enter: [...c.enter], exit: [...c.exit] })),
    };
  }

  /** Increases with every recorded change (to skip redraws when nothing changed). */
  get changes(): number {
    return this.version;
  }
}
