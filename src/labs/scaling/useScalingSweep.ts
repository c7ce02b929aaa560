import { useCallback, useState } from 'react';
import { useRun } from '../../hooks/useRun.ts';
import { runSweep, type SweepRow } from '../../measure/sweep.ts';
import { runWorkload, type WorkloadRun } from './scaling-pool.ts';
import type { ScalingParams } from './scaling-params.ts';
import { planWorkload } from './workload.ts';
import { medianPhases } from './scaling-analysis.ts';

/** Warm-up runs per worker count (discarded). */
const WARMUPS = 1;

/**
 * Runs a scaling sweep of the tunable workload on the scaling worker pool: one discarded warm-up
 * and `repeats` timed runs per worker count, rows published as each count finishes. Each row's
 * `result` holds the median serial and parallel phase of its timed runs.
 * Main thread (React).
 */
export function useScalingSweep() {
  const [rows, setRows] = useState<SweepRow<WorkloadRun>[]>([]);
  const [current, setCurrent] = useState<number | null>(null);
  const job = useCallback(async (signal: AbortSignal, params: ScalingParams) => {
    setRows([]);
    const runs = new Map<number, WorkloadRun[]>();
    const withPhaseMedians = (row: SweepRow<WorkloadRun>): SweepRow<WorkloadRun> => {
      const timed = (runs.get(row.workers) ?? []).slice(WARMUPS);
      return timed.length > 0 ? { ...row, result: medianPhases(timed) } : row;
    };
    const finished: SweepRow<WorkloadRun>[] = [];
    try {
      await runSweep({
        workerCounts: params.workers,
        repeats: params.repeats,
        warmups: WARMUPS,
        signal,
        runOnce: async (workers, s) => {
          setCurrent(workers);
          const run = await runWorkload(planWorkload(params.work, params.serialFraction, params.mode, workers), s);
          runs.set(workers, [...(runs.get(workers) ?? []), run]);
          return run;
        },
        onRow: (row) => {
          finished.push(withPhaseMedians(row));
          setRows([...finished]);
        },
      });
      return finished;
    } finally {
      setCurrent(null);
    }
  }, []);
  const state = useRun(job);
  return { ...state, rows, current };
}
