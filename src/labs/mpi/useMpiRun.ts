import { useCallback, useState } from 'react';
import { useRun } from '../../hooks/useRun.ts';
import { runMpi } from '../../mpi/run-workers.ts';
import type { MpiSnapshot } from '../../mpi/run-core.ts';
import type { ReduceOrder } from '../../mpi/constants.ts';

/**
 * Runs a rank program on worker ranks from a component: `{ status, snapshot, error, run, cancel }`;
 * `run(source, size, reduceOrder?)`.
 * `snapshot` updates live (at most every 200 ms, throttled by the coordinator, with at most LIVE_MESSAGES messages) and holds the final
 * state when the run ends. Cancelling terminates the workers. Main thread (React).
 */
export function useMpiRun() {
  const [snapshot, setSnapshot] = useState<MpiSnapshot>();
  const job = useCallback(async (signal: AbortSignal, source: string, size: number, reduceOrder: ReduceOrder = 'rank') => {
    setSnapshot(undefined);
    const final = await runMpi({ program: source, size, signal, onUpdate: setSnapshot, updateMs: 200, reduceOrder });
    setSnapshot(final);
    return final;
  }, []);
  const { status, error, run, cancel } = useRun(job);
  return { status, snapshot, error, run, cancel };
}
