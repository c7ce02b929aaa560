/**
 * Deadlock detection from the page's global view. MPI itself cannot see a deadlock (each process
 * only knows its own state); the page can, because every rank reports what it waits for and every
 * send. The rule:
 *
 *   no rank is running, at least one is blocked, and no message is in flight to a blocked rank
 *   (for every pair, the messages the sender reported equal the messages the receiver has seen
 *   arrive; a blocked rank re-reports its arrival counts whenever a message arrives that does
 *   not unblock it).
 *
 * Then nothing can ever change: every blocked rank waits for a message that does not exist and
 * that nobody is left to send. This is the "wait-for graph" view of deadlock (Coffman et al.,
 * "System Deadlocks", 1971), with messages as the resources.
 *
 * Pure: any thread, Node.
 */
import type { WaitSpec } from './protocol.ts';

/** What the page knows about one rank. */
export interface RankView {
  state: 'starting' | 'running' | 'blocked' | 'done' | 'error';
  waits: readonly WaitSpec[];
  /** Messages this rank has seen arrive, per source rank (as of its last state report). */
  arrivedFrom: readonly number[];
}

/** One edge of the wait-for graph: `rank` waits in `op` for a message from `from` (-1 = any rank). */
export interface WaitEdge {
  rank: number;
  op: string;
  from: number;
  tag: number;
  context: 'p2p' | 'coll';
  /** True when the awaited rank has already finished (it will never send). */
  fromFinished: boolean;
}

/** A detected deadlock: every wait, and a cycle of ranks waiting for each other if there is one. */
export interface DeadlockReport {
  waits: WaitEdge[];
  /** Ranks along a cycle, first rank repeated at the end (e.g. [0, 1, 0]); empty if none. */
  cycle: number[];
}

/**
 * Decides whether the run is deadlocked.
 *
 * @param ranks the page's view of each rank, index = rank
 * @param sent `sent[s][d]` = messages rank s reported sending to rank d
 * @returns the report, or null when some rank can still make progress
 */
export function detectDeadlock(ranks: readonly RankView[], sent: readonly (readonly number[])[]): DeadlockReport | null {
  let blocked = 0;
  for (const r of ranks) {
    if (r.state === 'running' || r.state === 'starting' || r.state === 'error') return null;
    if (r.state === 'blocked') blocked++;
  }
  if (blocked === 0) return null;
  for (let d = 0; d < ranks.length; d++) {
    const view = ranks[d]!;
    if (view.state !== 'blocked') continue;
    for (let s = 0; s < ranks.length; s++) {
      if ((sent[s]?.[d] ?? 0) !== (view.arrivedFrom[s] ?? 0)) return null; // a message is in flight
    }
  }
  const waits: WaitEdge[] = [];
  ranks.forEach((r, rank) => {
    if (r.state !== 'blocked') return;
    for (const w of r.waits) {
      waits.push({ rank, op: w.op, from: w.source, tag: w.tag, context: w.context, fromFinished: w.source >= 0 && ranks[w.source]?.state === 'done' });
    }
  });
  return { waits, cycle: findCycle(ranks.length, waits) };
}

/**
 * A cycle in the wait-for graph (edges rank -> awaited rank; ANY_SOURCE edges are left out because
 * they wait for nobody in particular), found by depth-first search.
 *
 * @returns ranks along the cycle with the first repeated at the end, or [] if the graph is acyclic
 */
export function findCycle(size: number, waits: readonly Pick<WaitEdge, 'rank' | 'from'>[]): number[] {
  const next: number[][] = Array.from({ length: size }, () => []);
  for (const w of waits) if (w.from >= 0 && w.from < size) next[w.rank]!.push(w.from);
  const color = new Array<number>(size).fill(0); // 0 new, 1 on stack, 2 done
  const stack: number[] = [];
  const dfs = (u: number): number[] | null => {
    color[u] = 1;
    stack.push(u);
    for (const v of next[u]!) {
      if (color[v] === 1) return [...stack.slice(stack.indexOf(v)), v];
      if (color[v] === 0) {
        const c = dfs(v);
        if (c) return c;
      }
    }
    stack.pop();
    color[u] = 2;
    return null;
  };
  for (let u = 0; u < size; u++) {
    if (color[u] === 0) {
      const c = dfs(u);
      if (c) return c;
    }
  }
  return [];
}

/**
 * One readable line per wait, e.g. "rank 0 waits in recv for rank 1 (tag 0)" or
 * "rank 2 waits in bcast for rank 0, which has finished".
 */
export function describeWait(w: WaitEdge): string {
  const who = w.from < 0 ? 'any rank' : `rank ${w.from}`;
  const tag = w.context === 'p2p' ? (w.tag < 0 ? ' (any tag)' : ` (tag ${w.tag})`) : '';
  return `rank ${w.rank} waits in ${w.op} for ${who}${tag}${w.fromFinished ? ', which has finished' : ''}`;
}
