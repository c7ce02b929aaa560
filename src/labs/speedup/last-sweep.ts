/**
 * The latest finished speedup sweep on this page, so other widgets (the reference timings) can
 * show the reader's own figures beside the course's. Main thread.
 */
import { useSyncExternalStore } from 'react';
import type { SpeedupParams } from './settings.ts';
import type { LabRow } from './useSpeedupSweep.ts';

/** A finished sweep and its settings. */
export interface FinishedSweep {
  params: SpeedupParams;
  rows: LabRow[];
}

let latest: FinishedSweep | null = null;
const listeners = new Set<() => void>();

/** Publishes a finished sweep. */
export function publishSweep(sweep: FinishedSweep): void {
  latest = sweep;
  for (const l of listeners) l();
}

/** React hook: the latest finished sweep, or null. */
export function useLastSweep(): FinishedSweep | null {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => latest,
  );
}
