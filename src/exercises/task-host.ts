/**
 * The body of a task sub-worker: runs functions the learner passed to `parallelMap`, `runWorkers`
 * or `runRanks`, which arrive as source text (like a function pickled for a Python Pool).
 *
 * {@link installTaskHost} is self-contained (it references nothing outside its body) because the
 * Node tests send it as source text to worker_threads; the browser calls it from task.worker.ts.
 * Runs in a worker (Web Worker or worker_threads), never on the page.
 *
 * Protocol, parent to host:
 *   { type: 'task', id, source, args, barrier?, parties? }  run fn(...args), optionally after a start barrier
 *   { type: 'rank', id, source, rank, size, ports, args }    run fn(comm, ...args) with a postMessage communicator
 * Host to parent:
 *   { type: 'log', level, text }
 *   { type: 'done', id, value } | { type: 'fail', id, message, fnLine? }
 */

/** The messaging surface of the worker the host runs in. */
export interface HostEndpoint {
  post(message: unknown): void;
  onMessage(listener: (message: unknown) => void): void;
}

/** Messages a task host sends to its parent. */
export type HostMessage =
  | { type: 'log'; level: 'log' | 'info' | 'warn' | 'error'; text: string }
  | { type: 'done'; id: number; value: unknown }
  | { type: 'fail'; id: number; message: string; fnLine?: number };

/**
 * Installs the task protocol on `endpoint` and captures the worker's console (at most 200 lines
 * per worker are forwarded).
 *
 * @param format renders console arguments (formatForConsole)
 */
export function installTaskHost(endpoint: HostEndpoint, format: (value: unknown, top?: boolean) => string): void {
  const SOURCE_URL = 'learner-task.js';
  const frameLine = (stack: string | undefined, url: string): number | undefined => {
    const m = stack ? new RegExp(`${url.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:(\\d+):\\d+`).exec(stack) : null;
    return m ? Number(m[1]) : undefined;
  };
  let offset = 2;
  try {
    new Function(`throw new Error('probe');\n//# sourceURL=learner-task-probe.js`)();
  } catch (error) {
    const line = frameLine((error as Error).stack, 'learner-task-probe.js');
    if (line !== undefined) offset = line - 1;
  }

  let logged = 0;
  const levels = ['log', 'info', 'warn', 'error'] as const;
  const con = console as unknown as Record<string, (...args: unknown[]) => void>;
  for (const level of levels) {
    con[level] = (...args: unknown[]) => {
      logged++;
      if (logged <= 200) endpoint.post({ type: 'log', level, text: args.map((a) => format(a, true)).join(' ') });
      else if (logged === 201) endpoint.post({ type: 'log', level: 'warn', text: '… more console lines from this worker were dropped' });
    };
  }

  const compiled = new Map<string, (...args: unknown[]) => unknown>();
  const compile = (source: string): ((...args: unknown[]) => unknown) => {
    let fn = compiled.get(source);
    if (!fn) {
      let made: unknown;
      try {
        // The function's text starts on the first line of the body: its line r is generated line r + offset.
        made = new Function(`"use strict"; return (${source}\n);\n//# sourceURL=${SOURCE_URL}`)();
      } catch {
        throw new Error('this function cannot be sent to a worker: pass a function declaration or an arrow function');
      }
      if (typeof made !== 'function') throw new Error('expected a function');
      fn = made as (...args: unknown[]) => unknown;
      compiled.set(source, fn);
    }
    return fn;
  };

  const fail = (id: number, error: unknown) => {
    const e = error as { name?: unknown; message?: unknown; stack?: unknown };
    const message =
      error instanceof Error || (typeof e === 'object' && e !== null && 'message' in e)
        ? `${typeof e.name === 'string' ? e.name : 'Error'}: ${String(e.message)}`
        : `Uncaught ${String(error)}`;
    const line = frameLine(typeof e?.stack === 'string' ? e.stack : undefined, SOURCE_URL);
    endpoint.post({ type: 'fail', id, message, fnLine: line === undefined ? undefined : line - offset });
  };

  const waitAtBarrier = (barrier: SharedArrayBuffer, parties: number) => {
    const flag = new Int32Array(barrier);
    Atomics.add(flag, 0, 1);
    Atomics.notify(flag, 0);
    for (let seen = Atomics.load(flag, 0); seen < parties; seen = Atomics.load(flag, 0)) Atomics.wait(flag, 0, seen, 1000);
  };

  type Port = { postMessage(v: unknown): void; onmessage: ((e: { data: unknown }) => void) | null; start?: () => void };

  endpoint.onMessage((raw) => {
    const msg = raw as {
      type: string;
      id: number;
      source: string;
      args: unknown[];
      barrier?: SharedArrayBuffer;
      parties?: number;
      rank?: number;
      size?: number;
      ports?: (Port | null)[];
    };
    void (async () => {
      try {
        const fn = compile(msg.source);
        let value: unknown;
        if (msg.type === 'rank') {
          const size = msg.size ?? 1;
          const rank = msg.rank ?? 0;
          const ports = msg.ports ?? [];
          const inbox: unknown[][] = Array.from({ length: size }, () => []);
          const waiting: ((v: unknown) => void)[][] = Array.from({ length: size }, () => []);
          ports.forEach((port, source) => {
            if (!port) return;
            port.onmessage = (e) => {
              const next = waiting[source]!.shift();
              if (next) next(e.data);
              else inbox[source]!.push(e.data);
            };
            port.start?.();
          });
          const check = (other: number, what: string) => {
            if (!Number.isInteger(other) || other < 0 || other >= size || other === rank) {
              throw new RangeError(`${what} must be another rank in 0..${size - 1}, got ${String(other)} (this is rank ${rank})`);
            }
          };
          const comm = {
            rank,
            size,
            send(dest: number, v: unknown) {
              check(dest, 'send: dest');
              ports[dest]!.postMessage(v);
            },
            recv(source: number): Promise<unknown> {
              check(source, 'recv: source');
              if (inbox[source]!.length > 0) return Promise.resolve(inbox[source]!.shift());
              return new Promise((resolve) => waiting[source]!.push(resolve));
            },
          };
          if (msg.barrier) waitAtBarrier(msg.barrier, msg.parties ?? size);
          value = await fn(comm, ...msg.args);
        } else {
          if (msg.barrier) waitAtBarrier(msg.barrier, msg.parties ?? 1);
          value = await fn(...msg.args);
        }
        endpoint.post({ type: 'done', id: msg.id, value });
      } catch (error) {
        fail(msg.id, error);
      }
    })();
  });
}
