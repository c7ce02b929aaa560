/**
 * The coordinator of a run (the page's side of `mpirun`): creates the full mesh of MessageChannels
 * between ranks, starts one host per rank, collects their events into outputs, a trace and the
 * ranks' states, detects deadlock and stops the run when every rank has finished, one has
 * failed, a deadlock is found or the caller aborts.
 *
 * How ranks are hosted is left to `launch`: Web Workers on the page (run-workers.ts), in-process
 * ranks in Node tests (run-in-process.ts). Runs on the page's main thread (or Node); does no heavy
 * work itself, so the page stays responsive whatever the ranks do.
 */
import { absoluteNow, type PortLike } from './comm.ts';
import { detectDeadlock, type DeadlockReport, type RankView } from './deadlock.ts';
import type { ReduceOrder } from './constants.ts';
import { createMailboxes } from './shm-mailbox.ts';
import type { RankEvent, RankInit } from './protocol.ts';
import { TraceRecorder, type Trace } from './trace.ts';
import { abortError } from '../workers/pool.ts';
import { MAX_RANKS } from '../params/limits.ts';

/** Messages copied into live snapshots (the diagram draws at most this many); the final snapshot has all kept ones. */
export const LIVE_MESSAGES = 600;

/** Output lines kept for a run; later lines are counted in `droppedLines`. */
export const MAX_OUTPUT_LINES = 20_000;

/** One line of output. */
export interface OutputLine {
  rank: number;
  /** ms since the start of the run. */
  t: number;
  text: string;
}

/** What a run looks like at one moment (and at the end). */
export interface MpiSnapshot {
  size: number;
  /** How the messages travel in this run: per-rank mailboxes in shared memory, or MessagePorts only. */
  transport: 'shared' | 'ports';
  status: 'running' | 'ok' | 'deadlock' | 'error';
  states: RankView['state'][];
  /** Output of all ranks in time order (at most MAX_OUTPUT_LINES). */
  output: OutputLine[];
  /** Lines printed beyond MAX_OUTPUT_LINES, not kept. */
  droppedLines: number;
  trace: Trace;
  /** Values the rank programs returned (index = rank), once done. */
  returns: unknown[];
  deadlock?: DeadlockReport | undefined;
  /** First rank error, e.g. `{ rank: 2, message: "TypeError: ..." , line: 4 }`. */
  error?: { rank: number; message: string; line?: number | undefined } | undefined;
  /** ms since start. */
  elapsedMs: number;
}

/** A started rank host: `stop` ends it (terminate the worker, close ports). */
export interface RankHost {
  stop(): void;
}

/** Starts a rank: gives it its init, its peer ports and a callback for its event batches. */
export type Launch = (init: RankInit, peers: (PortLike | null)[], onEvents: (batch: RankEvent[]) => void, onFatal: (message: string) => void) => RankHost;

/** Options of {@link runOnHosts}. */
export interface RunCoreOptions {
  source: string;
  size: number;
  launch: Launch;
  signal?: AbortSignal | undefined;
  /** Called with a snapshot at most every `updateMs` ms while the run goes on. */
  onUpdate?: ((snapshot: MpiSnapshot) => void) | undefined;
  /** Throttle of `onUpdate`, ms (default 200). Live snapshots carry at most LIVE_MESSAGES messages. */
  updateMs?: number;
  /** How long a deadlock must persist before the run is stopped, ms (default 150). */
  deadlockGraceMs?: number;
  /** Order of `reduce`/`allreduce` calls that do not choose one (default 'rank'; see collectives.ts). */
  reduceOrder?: ReduceOrder | undefined;
  /**
   * How messages travel: `'shared'` through per-rank mailboxes in SharedArrayBuffers, with the
   * MessagePorts for what they cannot take (so polling loops see arrived messages, see comm.ts);
   * `'ports'` through the MessagePorts only (the fallback); `'auto'` (default) shared when
   * SharedArrayBuffer is available (a cross-origin isolated page, Node), else ports.
   */
  transport?: MpiTransport | undefined;
}

/** How a run's messages travel (see {@link RunCoreOptions.transport}). */
export type MpiTransport = 'auto' | 'shared' | 'ports';

/**
 * Runs a program on `size` ranks and resolves with the final snapshot: status "ok" when every rank
 * returned, "error" when one threw (the others are stopped at once), "deadlock" when no rank can
 * progress (the report lists who waits for whom). Stopping every rank on the first error is this
 * runtime's choice, not what `mpirun` does by itself: under Open MPI a Python rank that dies of an
 * uncaught exception leaves the others waiting for it, and the job hangs, unless the program is
 * run with `python -m mpi4py prog.py`, which turns the exception into MPI_Abort and ends every rank.
 *
 * @throws RangeError for a size outside [1, MAX_RANKS], an unknown reduceOrder or transport; Error for
 *   transport 'shared' without SharedArrayBuffer; rejects with an AbortError when `signal` aborts
 */
export function runOnHosts(options: RunCoreOptions): Promise<MpiSnapshot> {
  const { size, launch, signal } = options;
  if (!Number.isInteger(size) || size < 1 || size > MAX_RANKS) {
    return Promise.reject(new RangeError(`the number of ranks must be an integer from 1 to ${MAX_RANKS}, got ${String(size)}`));
  }
  if (options.reduceOrder !== undefined && options.reduceOrder !== 'rank' && options.reduceOrder !== 'tree') {
    return Promise.reject(new RangeError(`reduceOrder must be 'rank' or 'tree', got ${String(options.reduceOrder)}`));
  }
  const transport = options.transport ?? 'auto';
  if (transport !== 'auto' && transport !== 'shared' && transport !== 'ports') {
    return Promise.reject(new RangeError(`transport must be 'auto', 'shared' or 'ports', got ${String(transport)}`));
  }
  const mailboxes = transport === 'ports' ? undefined : createMailboxes(size);
  if (transport === 'shared' && !mailboxes) {
    return Promise.reject(new Error("transport 'shared' needs SharedArrayBuffer: the page must be cross-origin isolated"));
  }
  if (signal?.aborted) return Promise.reject(abortError(signal.reason));
  const updateMs = options.updateMs ?? 200;
  const graceMs = options.deadlockGraceMs ?? 150;
  const t0 = absoluteNow();
  const trace = new TraceRecorder(size, t0);
  const views: RankView[] = Array.from({ length: size }, () => ({ state: 'starting', waits: [], arrivedFrom: new Array<number>(size).fill(0) }));
  const sent: number[][] = Array.from({ length: size }, () => new Array<number>(size).fill(0));
  const output: OutputLine[] = [];
  const returns: unknown[] = new Array(size).fill(undefined);
  let status: MpiSnapshot['status'] = 'running';
  let deadlock: DeadlockReport | undefined;
  let error: MpiSnapshot['error'];
  let version = 0;
  let endedAt: number | undefined;
  let droppedLines = 0;

  const snapshot = (live = false): MpiSnapshot => ({
    size,
    transport: mailboxes ? 'shared' : 'ports',
    status,
    states: views.map((v) => v.state),
    output: [...output],
    droppedLines,
    trace: trace.snapshot(live ? LIVE_MESSAGES : Infinity),
    returns: [...returns],
    deadlock,
    error,
    elapsedMs: (endedAt ?? absoluteNow()) - t0,
  });

  return new Promise<MpiSnapshot>((resolve, reject) => {
    const hosts: RankHost[] = [];
    const channels: MessageChannel[] = [];
    let updateTimer: ReturnType<typeof setInterval> | undefined;
    let graceTimer: ReturnType<typeof setTimeout> | undefined;
    let lastUpdateVersion = -1;

    const finish = (final: MpiSnapshot['status'] | 'aborted') => {
      if (status !== 'running') return;
      endedAt = absoluteNow();
      if (updateTimer !== undefined) clearInterval(updateTimer);
      if (graceTimer !== undefined) clearTimeout(graceTimer);
      signal?.removeEventListener('abort', onAbort);
      for (const h of hosts) h.stop();
      for (const ch of channels) {
        ch.port1.close();
        ch.port2.close();
      }
      if (final === 'aborted') {
        status = 'error';
        reject(abortError(signal?.reason));
        return;
      }
      status = final;
      const snap = snapshot();
      options.onUpdate?.(snap);
      resolve(snap);
    };

    const onAbort = () => finish('aborted');
    signal?.addEventListener('abort', onAbort);

    const checkDeadlock = () => {
      if (status !== 'running' || graceTimer !== undefined) return;
      if (!detectDeadlock(views, sent)) return;
      const seen = version;
      graceTimer = setTimeout(() => {
        graceTimer = undefined;
        if (status !== 'running') return;
        const report = detectDeadlock(views, sent);
        if (report && version === seen) {
          deadlock = report;
          finish('deadlock');
        } else checkDeadlock();
      }, graceMs);
    };

    const onEvents = (rank: number, batch: RankEvent[]) => {
      if (status !== 'running') return;
      version++;
      const view = views[rank]!;
      for (const e of batch) {
        trace.add(rank, e);
        switch (e.k) {
          case 'send':
            sent[e.source]![e.dest]!++;
            break;
          case 'print':
            if (output.length < MAX_OUTPUT_LINES) output.push({ rank, t: e.t - t0, text: e.text });
            else droppedLines++;
            break;
          case 'state':
            if (view.state !== 'done' && view.state !== 'error') {
              view.state = e.state;
              view.waits = e.waits;
              view.arrivedFrom = e.arrivedFrom;
            }
            break;
          case 'done':
            view.state = 'done';
            view.waits = [];
            returns[rank] = e.value;
            break;
          case 'error':
            view.state = 'error';
            error ??= { rank, message: e.message, line: e.line };
            break;
          default:
            break;
        }
      }
      if (view.state === 'starting') view.state = 'running';
      if (error) return finish('error');
      if (views.every((v) => v.state === 'done')) return finish('ok');
      checkDeadlock();
    };

    try {
      for (let i = 0; i < size; i++) for (let j = i + 1; j < size; j++) channels.push(new MessageChannel());
      const peerPorts: (PortLike | null)[][] = Array.from({ length: size }, () => new Array<PortLike | null>(size).fill(null));
      let c = 0;
      for (let i = 0; i < size; i++) {
        for (let j = i + 1; j < size; j++) {
          const ch = channels[c++]!;
          peerPorts[i]![j] = ch.port1 as unknown as PortLike;
          peerPorts[j]![i] = ch.port2 as unknown as PortLike;
        }
      }
      for (let rank = 0; rank < size; rank++) {
        hosts.push(
          launch({ rank, size, source: options.source, reduceOrder: options.reduceOrder, mailboxes }, peerPorts[rank]!, (batch) => onEvents(rank, batch), (message) => onEvents(rank, [{ k: 'error', message, t: absoluteNow() }])),
        );
      }
    } catch (e) {
      for (const h of hosts) h.stop();
      reject(e instanceof Error ? e : new Error(String(e)));
      return;
    }

    if (options.onUpdate) {
      const onUpdate = options.onUpdate;
      updateTimer = setInterval(() => {
        if (status !== 'running' || version === lastUpdateVersion) return;
        lastUpdateVersion = version;
        onUpdate(snapshot(true));
      }, updateMs);
    }
  });
}
