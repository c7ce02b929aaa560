import { useCallback, useState } from 'react';
import { useRun } from '../../hooks/useRun.ts';
import { runMpi } from '../../mpi/run-workers.ts';
import type { MpiSnapshot } from '../../mpi/run-core.ts';
import type { ReduceOrder } from '../../mpi/constants.ts';

/** Live snapshots of the message-passing lab, ms apart (the coordinator's default). */
export const MPI_UPDATE_MS = 200;

/** Options of {@link useMpiRun}. */
export interface UseMpiRunOptions {
  /**
   * Least time between live snapshots, ms (default {@link MPI_UPDATE_MS}). A lab whose trace grows
   * by hundreds of messages a second asks for fewer, so redrawing the sequence diagram stays a
   * small share of the page's time.
   */
  updateMs?: number;
}

/**
 * Runs a rank program on worker ranks from a component: `{ status, snapshot, error, run, cancel }`;
 * `run(source, size, reduceOrder?)` (reduceOrder 'rank' unless given).
 * `snapshot` updates live (at most every `updateMs` ms, throttled by the coordinator, with at most
 * LIVE_MESSAGES messages) and holds the final state when the run ends. A bad size or a failed
 * start lands in `error` (status "error"); cancelling terminates the workers (status "cancelled").
 * Main thread (React).
 */
export function useMpiRun({ updateMs = MPI_UPDATE_MS }: UseMpiRunOptions = {}) {
  const [snapshot, setSnapshot] = useState<MpiSnapshot>();
  const job = useCallback(
    async (signal: AbortSignal, source: string, size: number, reduceOrder: ReduceOrder = 'rank') => {
      setSnapshot(undefined);
      const final = await runMpi({ program: source, size, signal, onUpdate: setSnapshot, updateMs, reduceOrder });
      setSnapshot(final);
      return final;
    },
    [updateMs],
  );
  const { status, error, run, cancel } = useRun(job);
  return { status, snapshot, error, run, cancel };
}
