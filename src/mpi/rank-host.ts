/**
 * Hosts one rank: builds its communicator over the peer ports, runs the program, and reports
 * events to the coordinator in batches (every 50 ms or 256 events, at once on completion and
 * errors), so the page is not flooded by chatty programs. Order is kept: a batch holds events in
 * the order they happened, which the deadlock detector relies on (sends before the state after).
 *
 * Runs in a rank's thread: `rank.worker.ts` in the browser, the test process in Node.
 */
import { Comm, absoluteNow, type EventSink, type PortLike } from './comm.ts';
import { MPI, compileProgram, errorLine, formatPrintArgs, kernels, type RankProgram } from './program.ts';
import type { RankEvent, RankInit } from './protocol.ts';

/** Batching interval of the event reports, ms. */
export const FLUSH_MS = 50;
const MAX_BATCH = 256;

/** Collects events and hands them to `emit` in order, in batches. */
export class EventBatcher implements EventSink {
  private queue: RankEvent[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  constructor(private readonly emit: (batch: RankEvent[]) => void) {}

  push(event: RankEvent, urgent = false): void {
    // A state report supersedes one queued right before it: the coordinator only needs the latest.
    if (event.k === 'state' && this.queue.at(-1)?.k === 'state') this.queue[this.queue.length - 1] = event;
    else this.queue.push(event);
    if (urgent || this.queue.length >= MAX_BATCH) this.flush();
    else this.timer ??= setTimeout(() => this.flush(), FLUSH_MS);
  }

  flush(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    if (this.queue.length === 0) return;
    const batch = this.queue;
    this.queue = [];
    this.emit(batch);
  }
}

function cloneable(value: unknown): unknown {
  try {
    return structuredClone(value);
  } catch {
    return String(value);
  }
}

/**
 * Runs rank `init.rank` of `init.size`: the program is `program` if given (a built-in function),
 * else `init.source` compiled. Never throws: a compile error or an exception in the program
 * becomes an `error` event.
 *
 * @param peers `peers[r]` is the port to rank r (`peers[init.rank]` unused)
 * @param emit receives event batches, in order
 * @returns the communicator (for tests) once started
 */
export function hostRank(init: RankInit, peers: readonly (PortLike | null | undefined)[], emit: (batch: RankEvent[]) => void, program?: RankProgram): Comm {
  const sink = new EventBatcher(emit);
  const comm = new Comm(init.rank, init.size, peers, sink, { reduceOrder: init.reduceOrder, mailboxes: init.mailboxes });
  const print = (...args: unknown[]) => sink.push({ k: 'print', text: formatPrintArgs(args), t: absoluteNow() });
  const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
  void (async () => {
    try {
      const run = program ?? compileProgram(init.source);
      const value = await run(comm, { MPI, kernels, print, sleep });
      sink.push({ k: 'done', value: cloneable(value), t: absoluteNow() }, true);
    } catch (e) {
      const message = e instanceof Error ? `${e.name}: ${e.message}` : `uncaught ${String(e)}`;
      sink.push({ k: 'error', message, line: errorLine(e), t: absoluteNow() }, true);
    }
  })();
  return comm;
}
