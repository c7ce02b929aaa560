/**
 * The worker that hosts one rank (one "process" of `mpirun -np p`). The page sends one `init`
 * message with the rank, the size, the program source and the ports to the other ranks; the
 * worker answers with batches of events (see protocol.ts) until the program returns or throws.
 * An exception that escapes the program (say, a rejected promise nobody awaited) is reported too.
 */
/// <reference lib="webworker" />
import { hostRank } from './rank-host.ts';
import { absoluteNow } from './comm.ts';
import type { RankEvent, RankStartMessage } from './protocol.ts';

declare const self: DedicatedWorkerGlobalScope;

const post = (batch: RankEvent[]) => self.postMessage(batch);

self.addEventListener('message', (e: MessageEvent<RankStartMessage>) => {
  if (e.data?.type !== 'init') return;
  const { peers, ...init } = e.data;
  hostRank(init, peers, post);
});

self.addEventListener('unhandledrejection', (e: PromiseRejectionEvent) => {
  const r: unknown = e.reason;
  post([{ k: 'error', message: r instanceof Error ? `${r.name}: ${r.message}` : `uncaught ${String(r)}`, t: absoluteNow() }]);
});
