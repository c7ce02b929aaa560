import { useCallback, useState } from 'react';
import { useRun } from '../../hooks/useRun.ts';
import { runSweep, type SweepRow } from '../../measure/sweep.ts';
import { runWorkload, type WorkloadRun } from './scaling-pool.ts';
import type { ScalingParams } from './scaling-params.ts';
import { planWorkload } from './workload.ts';

/**
 * Runs a scaling sweep of the tunable workload on the scaling worker pool: one discarded warm-up
 * and `repeats` timed runs per worker count, rows published as each count finishes.
 * Main thread (React).
 */
export function useScalingSweep() {
  const [rows, setRows] = useState<SweepRow<WorkloadRun>[]>([]);
  const [current, setCurrent] = useState<number | null>(null);
  const job = useCallback(async (signal: AbortSignal, params: ScalingParams) => {
    setRows([]);
    try {
      return await runSweep({
        workerCounts: params.workers,
        repeats: params.repeats,
        signal,
        runOnce: (workers, s) => {
          setCurrent(workers);
          return runWorkload(planWorkload(params.work, params.serialFraction, params.mode, workers), s);
        },
        onRow: (_row, all) => setRows([...all]),
      });
    } finally {
      setCurrent(null);
    }
  }, []);
  const state = useRun(job);
  return { ...state, rows, current };
}
