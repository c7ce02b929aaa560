/**
 * The hybrid lab's measurement: every layout of p workers (p x 1 pure ranks, hybrids, 1 x p pure
 * threads) run one after another, each as its own `mpirun` of rank workers that start their
 * teams once, then one discarded warm-up and `repeats` timed repeats (rank 0's clock, from the
 * barrier to the reduced integral), summarized by median, min and max (src/measure/stats.ts).
 * The messages per repeat come from the run's trace.
 *
 * Main thread (page); the work is on the workers.
 */
import { layoutsOf, type Layout } from '../../mpi/patterns/hybrid.ts';
import type { HybridResult } from '../../mpi/patterns/hybrid-rank.ts';
import { runPattern } from '../../mpi/patterns/run-pattern.ts';
import { summarize, type TimingSummary } from '../../measure/stats.ts';

/** One measured layout. */
export interface HybridRow extends Layout {
  integral: number;
  timing: TimingSummary;
  /** Messages between ranks per repeat inside the reduce. */
  reduceMessages: number;
  /** Messages between ranks per repeat inside the barrier that starts it. */
  barrierMessages: number;
  /** Calls from the ranks to their threads per repeat (one message there and back each). */
  threadCalls: number;
}

/** Warm-up repeats discarded per layout. */
export const WARMUP = 1;

/**
 * Measures every layout of `workers` workers.
 *
 * @param onRow called as each layout finishes
 * @throws Error when a layout's run fails (the message names the rank); AbortError on cancel
 */
export async function measureLayouts(workers: number, n: number, repeats: number, signal: AbortSignal, onRow: (row: HybridRow) => void): Promise<HybridRow[]> {
  const rows: HybridRow[] = [];
  for (const layout of layoutsOf(workers)) {
    const snap = await runPattern({ job: { pattern: 'hybrid', n, threads: layout.threads, repeats, warmup: WARMUP }, size: layout.ranks, signal });
    if (snap.status !== 'ok') throw new Error(snap.error ? `rank ${snap.error.rank} of the ${layout.ranks} x ${layout.threads} run failed: ${snap.error.message}` : `the ${layout.ranks} x ${layout.threads} run stopped (${snap.status})`);
    const result = snap.returns[0] as HybridResult;
    const runs = repeats + WARMUP;
    const count = (name: string) => snap.trace.messages.filter((m) => m.collective === name).length / runs;
    const row: HybridRow = {
      ...layout,
      integral: result.integral,
      timing: summarize(result.times),
      reduceMessages: count('reduce'),
      barrierMessages: count('barrier'),
      threadCalls: layout.threads > 1 ? layout.ranks * layout.threads : 0,
    };
    rows.push(row);
    onRow(row);
  }
  return rows;
}
