/**
 * The status sentence of a rank lab's run (the message-passing lab, the halo exchange): starting,
 * running with its traffic so far, finished with its wall time, stopped by a deadlock, or the rank
 * that failed. Pure: any thread.
 */
import type { MpiSnapshot } from '../../mpi/run-core.ts';
import { formatBytes, formatDuration, plural } from '../kit/format.ts';

/** How a lab words the counts in its status sentence. */
export interface RankCountWords {
  /** What is started before the first snapshot, e.g. `4 workers`: "Starting 4 workers…". */
  starting: (ranks: number) => string;
  /** A count of ranks, e.g. `4 ranks`: "All 4 ranks finished in …". */
  ranks: (size: number) => string;
}

/** The message-passing lab's words: "Starting 4 workers…", "All 4 ranks finished…" (the plural form for any count). */
export const WORKER_COUNT_WORDS: RankCountWords = {
  starting: (ranks) => `${ranks} workers`,
  ranks: (size) => `${size} ranks`,
};

/** Counts of ranks as nouns, singular for one: "Starting 1 rank…", "All 4 ranks finished…". */
export const RANK_COUNT_WORDS: RankCountWords = {
  starting: (ranks) => plural(ranks, 'rank'),
  ranks: (size) => plural(size, 'rank'),
};

/**
 * The status sentence for a run on `ranks` ranks: "Starting …" before its first snapshot
 * (`snap` undefined), then by the snapshot's status, with its messages and bytes so far and its
 * elapsed time (formatted from ms). Pure: any thread; never throws.
 */
export function rankRunStatus(snap: MpiSnapshot | undefined, ranks: number, words: RankCountWords = WORKER_COUNT_WORDS): string {
  if (!snap) return `Starting ${words.starting(ranks)}…`;
  const traffic = `${plural(snap.trace.totalMessages, 'message')}, ${formatBytes(snap.trace.totalBytes)}`;
  const ms = formatDuration(snap.elapsedMs);
  switch (snap.status) {
    case 'running':
      return `Running on ${words.ranks(snap.size)}… ${traffic} so far.`;
    case 'ok':
      return `All ${words.ranks(snap.size)} finished in ${ms}; ${traffic}.`;
    case 'deadlock':
      return `Deadlock detected after ${ms}: the run was stopped.`;
    case 'error':
      return `Rank ${snap.error?.rank} failed: ${snap.error?.message}${snap.error?.line ? ` (line ${snap.error.line})` : ''}. The other ranks were stopped.`;
  }
}
