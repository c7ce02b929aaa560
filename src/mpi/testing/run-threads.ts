/**
 * Runs a rank program on Node worker_threads, one thread per rank, like run-workers.ts does on
 * Web Workers: the same coordinator (run-core.ts), rank host, MessageChannels and shared
 * mailboxes, but real parallel threads, so a test can check what only real ranks show (a rank
 * that polls in a loop without `await` while another rank sends). The threads load the
 * TypeScript sources through tsx (see thread-entry.mjs); each costs some 100 ms to start.
 *
 * Node only (tests). `node:worker_threads` is imported dynamically with a local type, because the
 * app's tsconfig has no Node types.
 */
import type { RankEvent, RankStartMessage } from '../protocol.ts';
import { runOnHosts, type MpiSnapshot, type RunCoreOptions } from '../run-core.ts';

interface NodeWorker {
  on(event: 'message', listener: (batch: RankEvent[]) => void): void;
  on(event: 'error', listener: (error: Error) => void): void;
  postMessage(message: unknown, transfer?: readonly unknown[]): void;
  terminate(): Promise<number>;
}
interface WorkerThreads {
  Worker: new (url: URL) => NodeWorker;
}

const WORKER_THREADS = 'node:worker_threads';

/** Options of {@link runInThreads}: the program as source text (the body of an async function). */
export interface ThreadsOptions extends Omit<RunCoreOptions, 'launch' | 'source'> {
  program: string;
}

/**
 * Runs `program` on `size` worker-thread ranks.
 *
 * @returns the final snapshot (status ok, error or deadlock)
 * @throws as {@link runOnHosts}
 */
export async function runInThreads(options: ThreadsOptions): Promise<MpiSnapshot> {
  const { Worker } = (await import(/* @vite-ignore */ WORKER_THREADS)) as WorkerThreads;
  const entry = new URL('./thread-entry.mjs', import.meta.url);
  const { program, ...rest } = options;
  return runOnHosts({
    ...rest,
    source: program,
    launch: (init, peers, onEvents, onFatal) => {
      const worker = new Worker(entry);
      worker.on('message', onEvents);
      worker.on('error', (e) => onFatal(e.message));
      const ports = peers as unknown as (MessagePort | null)[];
      const start: RankStartMessage = { type: 'init', ...init, peers: ports };
      worker.postMessage(start, ports.filter((p): p is MessagePort => p !== null));
      return { stop: () => void worker.terminate() };
    },
  });
}

