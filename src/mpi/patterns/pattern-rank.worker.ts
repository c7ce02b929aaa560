/**
 * The worker that hosts one rank of a pattern job (pattern-job.ts): the same rank host and
 * communicator as src/mpi/rank.worker.ts, running a built-in program instead of source text: the
 * sky simulation writing to the origin-private file system, or the hybrid run starting its own
 * team of thread workers.
 */
/// <reference lib="webworker" />
import { hostRank } from '../rank-host.ts';
import { absoluteNow } from '../comm.ts';
import type { RankProgram } from '../program.ts';
import type { RankEvent, RankStartMessage } from '../protocol.ts';
import { OpfsStore } from '../../workflow/opfs-store.ts';
import { parseJob } from './pattern-job.ts';
import { skySimRank } from './sky-sim-rank.ts';
import { hybridRank } from './hybrid-rank.ts';
import { workerTeam } from './worker-team.ts';

declare const self: DedicatedWorkerGlobalScope;

const post = (batch: RankEvent[]) => self.postMessage(batch);

self.addEventListener('message', (e: MessageEvent<RankStartMessage>) => {
  if (e.data?.type !== 'init') return;
  const { peers, ...init } = e.data;
  const job = parseJob(init.source);
  const program: RankProgram =
    job.pattern === 'sky-sim'
      ? (comm, env) => skySimRank(comm, env, new OpfsStore(job.folder), job)
      : (comm, env) => hybridRank(comm, env, workerTeam, job);
  hostRank(init, peers, post, program);
});

self.addEventListener('unhandledrejection', (e: PromiseRejectionEvent) => {
  const r: unknown = e.reason;
  post([{ k: 'error', message: r instanceof Error ? `${r.name}: ${r.message}` : `uncaught ${String(r)}`, t: absoluteNow() }]);
});
