import { startTransition, useCallback, useState } from 'react';
import { useRun, type RunState } from '../../hooks/useRun.ts';
import { runSweep, type SweepRow } from '../../measure/sweep.ts';
import { afterDrawn } from '../../lib/after-frames.ts';

/** What {@link useSweep} returns. */
export interface SweepState<P, V> extends RunState<[P], SweepRow<V>[]> {
  /** Rows finished so far, ascending by workers (live while running). */
  rows: SweepRow<V>[];
  /** Worker count being measured now, or null. */
  current: number | null;
  /** The settings of the run shown (the last started). */
  ranWith: P | null;
  /** Starts a sweep with `params` (cancelling one in progress). */
  start: (params: P) => void;
}

/** How a lab's sweep runs. */
export interface SweepPlan<P, V> {
  /** Worker counts to measure, including 1. */
  workerCounts: (params: P) => readonly number[];
  /** Timed runs per worker count. */
  repeats: (params: P) => number;
  /** One run of the work on `workers` workers. */
  runOnce: (params: P, workers: number, signal: AbortSignal | undefined) => Promise<V>;
}

/**
 * A speedup-style sweep in a component: the measurement loop of src/measure/ (warm-up discarded,
 * repeats, medians, speedup, efficiency) over the plan's worker counts, with rows published as
 * each worker count finishes, cancellation, and errors kept for display. Main thread (React).
 *
 * @param plan must be stable (module constant or useMemo)
 */
export function useSweep<P, V>(plan: SweepPlan<P, V>): SweepState<P, V> {
  const [rows, setRows] = useState<SweepRow<V>[]>([]);
  const [current, setCurrent] = useState<number | null>(null);
  const [ranWith, setRanWith] = useState<P | null>(null);
  const job = useCallback(
    async (signal: AbortSignal, params: P): Promise<SweepRow<V>[]> => {
      // The emptied table and chart render as a transition, in slices: in the same render as the
      // status flip they made the Run click one frame of 57-61 ms (42-50 ms of script).
      startTransition(() => setRows([]));
      // And drawn before the first workers start, as between worker counts (settle below).
      await afterDrawn();
      try {
        return await runSweep({
          workerCounts: plan.workerCounts(params),
          repeats: plan.repeats(params),
          runOnce: (workers, s) => {
            setCurrent(workers);
            return plan.runOnce(params, workers, s);
          },
          signal,
          onRow: (_row, all) => setRows([...all]),
          // Draw the row (table, chart) before the next worker count's workers take the cores.
          settle: () => afterDrawn(),
        });
      } finally {
        setCurrent(null);
      }
    },
    [plan],
  );
  const state = useRun(job);
  const { run } = state;
  const start = useCallback(
    (params: P) => {
      startTransition(() => setRanWith(params));
      void run(params);
    },
    [run],
  );
  return { ...state, rows, current, ranWith, start };
}
