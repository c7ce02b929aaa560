/**
 * How a rank is hosted in a Web Worker on the page: the {@link Launch} both worker runners use
 * (run-workers.ts for rank programs, patterns/run-pattern.ts for pattern jobs). They differ only
 * in which worker file hosts the rank, so each passes its own `new Worker(new URL(…))` (Vite
 * bundles a worker only from that literal form, in the file that names it).
 *
 * Main thread (page).
 */
import type { RankEvent, RankStartMessage } from './protocol.ts';
import type { Launch } from './run-core.ts';

/**
 * Starts the worker of one rank, e.g.
 * `(name) => new Worker(new URL('./rank.worker.ts', import.meta.url), { type: 'module', name })`.
 * `name` is the worker's name in the browser's tools: `rank 0`, `rank 1`, ….
 */
export type CreateRankWorker = (name: string) => Worker;

/**
 * A {@link Launch} that hosts each rank in a worker from `createWorker`: it sends the worker its
 * start message with its peer MessagePorts transferred, forwards the worker's event batches to the
 * coordinator, reports a worker that fails to start or sends an unreadable message as a fatal
 * error of that rank, and stops the rank by terminating its worker.
 *
 * Main thread (page). Throws whatever `createWorker` throws (the coordinator then stops the ranks
 * already started and rejects the run).
 */
export function workerLaunch(createWorker: CreateRankWorker): Launch {
  return (init, peers, onEvents, onFatal) => {
    const worker = createWorker(`rank ${init.rank}`);
    worker.addEventListener('message', (e: MessageEvent<RankEvent[]>) => onEvents(e.data));
    worker.addEventListener('error', (e) => {
      e.preventDefault();
      onFatal(e.message || 'the worker failed to start');
    });
    worker.addEventListener('messageerror', () => onFatal('a message from the worker could not be read'));
    const ports = peers as unknown as (MessagePort | null)[];
    const start: RankStartMessage = { type: 'init', ...init, peers: ports };
    worker.postMessage(start, ports.filter((p): p is MessagePort => p !== null));
    return { stop: () => worker.terminate() };
  };
}
