import { useCallback, useState } from 'react';
import { useRun, type RunStatus } from '../../hooks/useRun.ts';
import type { MapProgress } from '../../workers/pool-map.ts';
import type { VariantParams } from './compare-settings.ts';
import { measureVariants, type Variant, type VariantRow } from './measure-variants.ts';
import { useTaskPool } from '../kit/usePoolMap.ts';

/** What {@link useVariantSweep} returns. */
export interface VariantSweepState {
  status: RunStatus;
  error: Error | undefined;
  /** Rows measured so far (live). */
  rows: VariantRow[];
  /** The variant running now and its latest progress. */
  live: { variant: Variant; progress: MapProgress } | null;
  /** The settings of the sweep shown (the last started). */
  ranWith: VariantParams | null;
  /** Starts a sweep (cancelling one in progress). Never rejects: errors land in `error`. */
  start: (params: VariantParams) => void;
  cancel: () => void;
}

/**
 * Measures pool-map variants from a component on the page's task pool (see measureVariants:
 * warm-up discarded, repeats, medians), with rows and the live run exposed for tables and
 * timelines. Main thread (React).
 */
export function useVariantSweep(): VariantSweepState {
  const pool = useTaskPool();
  const [rows, setRows] = useState<VariantRow[]>([]);
  const [live, setLive] = useState<VariantSweepState['live']>(null);
  const [ranWith, setRanWith] = useState<VariantParams | null>(null);
  const job = useCallback(
    async (signal: AbortSignal, params: VariantParams) => {
      setRows([]);
      setLive(null);
      try {
        return await measureVariants(params.variants, { pool, repeats: params.repeats, signal, onRow: setRows, onProgress: (variant, progress) => setLive({ variant, progress }) });
      } finally {
        setLive(null);
      }
    },
    [pool],
  );
  const { status, error, run, cancel } = useRun(job);
  const start = useCallback(
    (params: VariantParams) => {
      setRanWith(params);
      void run(params);
    },
    [run],
  );
  return { status, error, rows, live, ranWith, start, cancel };
}
