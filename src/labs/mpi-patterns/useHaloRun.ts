import { useCallback, useState } from 'react';
import { useRun } from '../../hooks/useRun.ts';
import { runMpi } from '../../mpi/run-workers.ts';
import type { MpiSnapshot } from '../../mpi/run-core.ts';

/** Live snapshots of a halo run, ms apart: its trace grows by hundreds of messages a second. */
export const HALO_UPDATE_MS = 500;

/**
 * Runs the halo program on worker ranks: `{ status, snapshot, error, run, cancel }` like the MPI
 * lab's useMpiRun, with live snapshots only every {@link HALO_UPDATE_MS} ms, so redrawing the
 * growing sequence diagram stays a small share of the page's time. Main thread (React).
 */
export function useHaloRun() {
  const [snapshot, setSnapshot] = useState<MpiSnapshot>();
  const job = useCallback(async (signal: AbortSignal, source: string, size: number) => {
    setSnapshot(undefined);
    const final = await runMpi({ program: source, size, signal, onUpdate: setSnapshot, updateMs: HALO_UPDATE_MS });
    setSnapshot(final);
    return final;
  }, []);
  const { status, error, run, cancel } = useRun(job);
  return { status, snapshot, error, run, cancel };
}
