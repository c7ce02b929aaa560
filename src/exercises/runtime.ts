/**
 * The parallel API given to learner code ({@link LearnerRuntime}), built on task hosts
 * (task-host.ts) that some `spawn` function starts: nested Web Workers in the browser's learner
 * worker, worker_threads in the Node tests. Functions travel as source text; results come back
 * by structured clone.
 *
 * Workers are started on first use and reused by later calls of the same runtime (one Run or
 * Check), so a speed measurement after a warm-up call does not pay for worker start-up; the
 * runtime itself is created fresh for every Run or Check and closed afterwards.
 *
 * Runs wherever `spawn` can start workers (the learner worker, or Node).
 */
import type { HostMessage } from './task-host.ts';
import type { LearnerRuntime, LogLine, MpiRunResult, PortableFunction } from './types.ts';
import { lineOfFunction } from './learner-code.ts';
import { MAX_WORKERS } from '../params/limits.ts';

/** Most workers one parallelMap, runWorkers or runRanks call may use. */
export const MAX_WORKERS_PER_CALL = 16;

/** A started task host, seen from its parent. */
export interface TaskEndpoint {
  post(message: unknown, transfer?: Transferable[]): void;
  onMessage(listener: (message: HostMessage) => void): void;
  /** Called when the worker itself fails (load error, uncaught error outside a task). */
  onError(listener: (message: string) => void): void;
  terminate(): void;
}

/** Options of {@link createRuntime}. */
export interface RuntimeOptions {
  /** Starts one task host. */
  spawn: () => TaskEndpoint;
  /** Cores to report to learner code and to use as the default worker count. */
  cores: number;
  /** The learner's source, to turn a failing function's line into an editor line. */
  source: string;
  /** Receives console lines from the workers. */
  onLog: (line: LogLine) => void;
  /** Most workers one call may use (default {@link MAX_WORKERS_PER_CALL}). */
  maxWorkers?: number;
  /**
   * Most workers the whole run may hold at once, over all concurrent calls and MPI ranks
   * (default MAX_WORKERS of src/params/limits.ts): 64 concurrent calls of 16 workers must not start
   * a thousand threads.
   */
  maxTotalWorkers?: number;
  /** Runs an MPI program on ranks (src/mpi), forwarding rank output to `onLog`; absent where MPI is unavailable. */
  runMpi?: (program: string, size: number, onLog: (line: LogLine) => void) => Promise<MpiRunResult>;
}

/** An error thrown by learner code inside a task worker, with its editor line when known. */
export class LearnerTaskError extends Error {
  constructor(
    message: string,
    readonly editorLine: number | undefined,
  ) {
    super(message);
    this.name = 'LearnerTaskError';
  }
}

interface Host {
  endpoint: TaskEndpoint;
  pending: Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void; fnSource: string }>;
  dead: boolean;
}

/**
 * Creates the learner API over task hosts started by `options.spawn`.
 *
 * Errors: calls reject with a {@link LearnerTaskError} when the learner's function throws in a
 * worker (the workers of that call are ended), with a RangeError on bad arguments (worker
 * counts outside 1..maxWorkers, ranks outside 1..maxWorkers) and when the call would take the
 * run over `maxTotalWorkers` workers held at once, and with an Error when a worker fails to start.
 */
export function createRuntime(options: RuntimeOptions): LearnerRuntime {
  const maxWorkers = options.maxWorkers ?? MAX_WORKERS_PER_CALL;
  const maxTotal = options.maxTotalWorkers ?? MAX_WORKERS;
  /** Workers held by MPI runs in progress (their ranks are workers the runtime does not see). */
  let mpiHeld = 0;
  const idle: Host[] = [];
  const all = new Set<Host>();
  let nextId = 1;
  let closed = false;
  const counts = { tasks: 0, workersStarted: 0, mpiRuns: 0 };

  const toError = (message: string, fnSource: string, fnLine?: number): LearnerTaskError => {
    const start = lineOfFunction(options.source, fnSource);
    const line = start !== undefined && fnLine !== undefined && fnLine >= 1 ? start + fnLine - 1 : undefined;
    return new LearnerTaskError(message, line);
  };

  const start = (): Host => {
    if (closed) throw new Error('this run has ended');
    const host: Host = { endpoint: options.spawn(), pending: new Map(), dead: false };
    counts.workersStarted++;
    host.endpoint.onMessage((msg) => {
      // Only the host's own messages (task-host.ts) count; anything else is ignored.
      if (typeof msg !== 'object' || msg === null) return;
      if (msg.type === 'log') {
        if (typeof msg.text !== 'string') return;
        options.onLog({ level: msg.level, text: msg.text });
        return;
      }
      if (msg.type !== 'done' && msg.type !== 'fail') return;
      const call = host.pending.get(msg.id);
      if (!call) return;
      host.pending.delete(msg.id);
      if (msg.type === 'done') call.resolve(msg.value);
      else call.reject(toError(msg.message, call.fnSource, msg.fnLine));
    });
    host.endpoint.onError((message) => {
      host.dead = true;
      for (const call of host.pending.values()) call.reject(new Error(`a worker failed: ${message}`));
      host.pending.clear();
    });
    all.add(host);
    return host;
  };

  const take = (count: number): Host[] => {
    const hosts: Host[] = [];
    while (hosts.length < count) {
      const h = idle.pop();
      if (!h) break;
      if (!h.dead) hosts.push(h);
    }
    const more = count - hosts.length;
    if (more > 0 && all.size + mpiHeld + more > maxTotal) {
      for (const h of hosts) idle.push(h);
      throw new RangeError(
        `this run may hold at most ${maxTotal} workers at once; it holds ${all.size + mpiHeld} and this call needs ${more} more (wait for earlier calls before starting new ones)`,
      );
    }
    while (hosts.length < count) hosts.push(start());
    return hosts;
  };

  const release = (hosts: Host[], ok: boolean) => {
    for (const h of hosts) {
      if (ok && !h.dead && h.pending.size === 0) idle.push(h);
      else {
        h.dead = true;
        h.endpoint.terminate();
        all.delete(h);
      }
    }
  };

  const call = (host: Host, fnSource: string, message: Record<string, unknown>, transfer?: Transferable[]): Promise<unknown> =>
    new Promise((resolve, reject) => {
      const id = nextId++;
      counts.tasks++;
      host.pending.set(id, { resolve, reject, fnSource });
      try {
        host.endpoint.post({ ...message, id, source: fnSource }, transfer);
      } catch (error) {
        host.pending.delete(id);
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });

  const sourceOf = (fn: unknown, what: string): string => {
    if (typeof fn !== 'function') throw new TypeError(`${what}: the first argument must be a function, got ${typeof fn}`);
    return Function.prototype.toString.call(fn);
  };

  const countIn = (n: unknown, what: string): number => {
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 1 || n > maxWorkers) {
      throw new RangeError(`${what} must be an integer from 1 to ${maxWorkers}, got ${String(n)}`);
    }
    return n;
  };

  const newBarrier = (): SharedArrayBuffer | undefined =>
    typeof SharedArrayBuffer === 'function' ? new SharedArrayBuffer(4) : undefined;

  return {
    cores: options.cores,

    async parallelMap(fn: PortableFunction, items: readonly unknown[], workers?: number): Promise<unknown[]> {
      const fnSource = sourceOf(fn, 'parallelMap');
      if (!Array.isArray(items) && !ArrayBuffer.isView(items)) throw new TypeError('parallelMap: items must be an array');
      const list = Array.from(items as ArrayLike<unknown>);
      const count = Math.min(countIn(workers ?? Math.min(options.cores, maxWorkers), 'parallelMap: workers'), Math.max(1, list.length));
      const results: unknown[] = new Array(list.length);
      if (list.length === 0) return results;
      const hosts = take(count);
      let next = 0;
      let ok = false;
      let failed = false;
      try {
        await Promise.all(
          hosts.map(async (host) => {
            while (next < list.length && !failed) {
              const i = next++;
              try {
                results[i] = await call(host, fnSource, { type: 'task', args: [list[i]] });
              } catch (error) {
                failed = true;
                throw error;
              }
            }
          }),
        );
        ok = true;
        return results;
      } finally {
        release(hosts, ok);
      }
    },

    async runWorkers(fn: PortableFunction, argsList: readonly (readonly unknown[])[]): Promise<unknown[]> {
      const fnSource = sourceOf(fn, 'runWorkers');
      if (!Array.isArray(argsList) || argsList.some((a) => !Array.isArray(a))) {
        throw new TypeError('runWorkers: the second argument must be an array of argument arrays, one per worker');
      }
      const count = countIn(argsList.length, 'runWorkers: the number of workers');
      const hosts = take(count);
      const barrier = newBarrier();
      let ok = false;
      try {
        const out = await Promise.all(hosts.map((h, k) => call(h, fnSource, { type: 'task', args: argsList[k], barrier, parties: count })));
        ok = true;
        return out;
      } finally {
        release(hosts, ok);
      }
    },

    async runRanks(fn: PortableFunction, size: number, args: readonly unknown[] = []): Promise<unknown[]> {
      const fnSource = sourceOf(fn, 'runRanks');
      const count = countIn(size, 'runRanks: size');
      const hosts = take(count);
      // One MessageChannel per pair of ranks: ports[r][s] is rank r's end of the r-s channel.
      const ports: (MessagePort | null)[][] = Array.from({ length: count }, () => new Array<MessagePort | null>(count).fill(null));
      for (let r = 0; r < count; r++) {
        for (let s = r + 1; s < count; s++) {
          const channel = new MessageChannel();
          ports[r]![s] = channel.port1;
          ports[s]![r] = channel.port2;
        }
      }
      const barrier = newBarrier();
      let ok = false;
      try {
        const out = await Promise.all(
          hosts.map((h, r) => {
            const mine = ports[r]!;
            return call(h, fnSource, { type: 'rank', rank: r, size: count, ports: mine, args: [...args], barrier, parties: count }, mine.filter((p): p is MessagePort => p !== null));
          }),
        );
        ok = true;
        return out;
      } finally {
        // Rank workers keep listeners on their ports: never reuse them.
        release(hosts, false);
        void ok;
      }
    },

    async runMpi(program: string, size: number): Promise<MpiRunResult> {
      if (!options.runMpi) throw new Error('MPI ranks are not available here');
      if (closed) throw new Error('this run has ended');
      const ranks = Number.isInteger(size) && size > 0 ? size : 0;
      if (all.size + mpiHeld + ranks > maxTotal) {
        throw new RangeError(`this run may hold at most ${maxTotal} workers at once; it holds ${all.size + mpiHeld} and these ${ranks} ranks would take it over`);
      }
      counts.mpiRuns++;
      mpiHeld += ranks;
      try {
        return await options.runMpi(program, size, options.onLog);
      } finally {
        mpiHeld -= ranks;
      }
    },

    stats: () => ({ ...counts }),

    close() {
      closed = true;
      for (const h of all) h.endpoint.terminate();
      all.clear();
      idle.length = 0;
    },
  };
}
