import { useCallback, useState } from 'react';
import { useRun, type RunStatus } from '../../hooks/useRun.ts';
import type { MapProgress } from '../../workers/pool-map.ts';
import { measureVariants, type Variant, type VariantRow } from './measure-variants.ts';
import { useTaskPool } from './usePoolMap.ts';

/** What {@link useVariantSweep} returns. */
export interface VariantSweepState {
  status: RunStatus;
  error: Error | undefined;
  /** Rows measured so far (live). */
  rows: VariantRow[];
  /** The variant running now and its latest progress. */
  live: { variant: Variant; progress: MapProgress } | null;
  run: (variants: Variant[], repeats: number) => Promise<void>;
  cancel: () => void;
}

/**
 * Measures pool-map variants from a component on its own pool, with rows and the live run
 * exposed for tables and timelines. Main thread (React).
 */
export function useVariantSweep(): VariantSweepState {
  const pool = useTaskPool();
  const [rows, setRows] = useState<VariantRow[]>([]);
  const [live, setLive] = useState<VariantSweepState['live']>(null);
  const job = useCallback(
    async (signal: AbortSignal, variants: Variant[], repeats: number) => {
      setRows([]);
      setLive(null);
      try {
        return await measureVariants(variants, { pool, repeats, signal, onRow: setRows, onProgress: (variant, progress) => setLive({ variant, progress }) });
      } finally {
        setLive(null);
      }
    },
    [pool],
  );
  const { status, error, run, cancel } = useRun(job);
  return { status, error, rows, live, run, cancel };
}
