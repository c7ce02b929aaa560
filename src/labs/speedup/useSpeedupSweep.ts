import { useMemo } from 'react';
import { runKernel } from '../../workers/kernel-pool.ts';
import type { GpuKernelRun, KernelResult } from '../../kernels/registry.ts';
import { runGpuKernel } from '../../gpu/gpu-client.ts';
import type { SweepRow } from '../../measure/sweep.ts';
import { useSweep, type SweepPlan } from '../kit/useSweep.ts';
import type { SpeedupParams } from './settings.ts';

/** What one run of the speedup lab gives: the kernel's result, and for webgpu the GPU's split times. */
export type SpeedupValue = KernelResult & { gpu?: Omit<GpuKernelRun, 'result'> };

/** A row of the speedup lab: `result` is the kernel's combined result. */
export type LabRow = SweepRow<SpeedupValue>;

/**
 * Runs a speedup sweep of the chosen registry kernel and implementation on the page's kernel
 * pool (CPU implementations) or on the GPU worker (webgpu: one row, the whole problem on the one
 * device), publishing rows as each worker count finishes. Main thread (React).
 */
export function useSpeedupSweep() {
  const plan = useMemo<SweepPlan<SpeedupParams, SpeedupValue>>(
    () => ({
      workerCounts: (p) => p.workers,
      repeats: (p) => p.repeats,
      runOnce: async (p, workers, signal) => {
        if (p.impl !== 'webgpu') return (await runKernel(p.kernel.id, p.impl, p.values, workers, signal)).value;
        const { result, ...gpu } = await runGpuKernel(p.kernel.id, p.values, signal);
        return { ...result, gpu };
      },
    }),
    [],
  );
  return useSweep(plan);
}
