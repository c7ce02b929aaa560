import { useCallback, useState } from 'react';
import { useRun } from '../../hooks/useRun.ts';
import { runSweep, type SweepRow } from '../../measure/sweep.ts';
import { parallelIntegrate2d, parallelPi } from '../../workers/kernel-pool.ts';
import { piEstimate } from '../../kernels/monte-carlo-pi.ts';
import type { LabParams } from './lab-params.ts';

/** A row of the speedup lab: `result` is the integral, or the pi estimate. */
export type LabRow = SweepRow<number>;

/**
 * Runs a speedup sweep of the chosen kernel on the page's kernel pool, publishing rows as each
 * worker count finishes. Main thread (React).
 */
export function useSpeedupSweep() {
  const [rows, setRows] = useState<LabRow[]>([]);
  const [current, setCurrent] = useState<number | null>(null);
  const job = useCallback(async (signal: AbortSignal, params: LabParams): Promise<LabRow[]> => {
    setRows([]);
    const runOnce = async (workers: number, s: AbortSignal | undefined): Promise<number> => {
      setCurrent(workers);
      if (params.kernel === 'integrate') return (await parallelIntegrate2d(params.n, workers, s)).value;
      return piEstimate((await parallelPi(params.n, params.seed, workers, s)).value).estimate;
    };
    try {
      return await runSweep({
        workerCounts: params.workers,
        repeats: params.repeats,
        runOnce,
        signal,
        onRow: (_row, all) => setRows([...all]),
      });
    } finally {
      setCurrent(null);
    }
  }, []);
  const state = useRun(job);
  return { ...state, rows, current };
}
