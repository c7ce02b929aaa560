import { useMemo } from 'react';
import { runKernel } from '../../workers/kernel-pool.ts';
import type { KernelResult } from '../../kernels/registry.ts';
import type { SweepRow } from '../../measure/sweep.ts';
import { useSweep, type SweepPlan } from '../kit/useSweep.ts';
import type { SpeedupParams } from './settings.ts';

/** A row of the speedup lab: `result` is the kernel's combined result. */
export type LabRow = SweepRow<KernelResult>;

/**
 * Runs a speedup sweep of the chosen registry kernel and implementation on the page's kernel
 * pool, publishing rows as each worker count finishes. Main thread (React).
 */
export function useSpeedupSweep() {
  const plan = useMemo<SweepPlan<SpeedupParams, KernelResult>>(
    () => ({
      workerCounts: (p) => p.workers,
      repeats: (p) => p.repeats,
      runOnce: async (p, workers, signal) => (await runKernel(p.kernel.id, p.impl, p.values, workers, signal)).value,
    }),
    [],
  );
  return useSweep(plan);
}
