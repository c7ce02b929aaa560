/**
 * Worker entry of the pool-lifecycle labs (lesson 16): a task that waits a given time (like the
 * Python example's `time.sleep`, without using the core), and the three ways of giving a task a
 * big table: sent with every task (a structured-clone copy per call), kept from a once-per-worker
 * initializer call (one copy per worker), or a SharedArrayBuffer (no copy at all).
 */
import { expose } from 'comlink';

/** The table kept by {@link api.keep} (this worker's "initializer" state). */
let kept: Float64Array | null = null;

const api = {
  /** Waits `ms` milliseconds, then returns x * x. */
  async slowSquare(x: number, ms: number): Promise<number> {
    await new Promise((resolve) => setTimeout(resolve, ms));
    return x * x;
  },
  /** The initializer: keeps `table` (a copy, or a view of shared memory) for this worker's later tasks. */
  keep(table: Float64Array | SharedArrayBuffer): number {
    kept = table instanceof Float64Array ? table : new Float64Array(table);
    return kept.length;
  },
  /** A task that receives the table as its argument (it arrived as a copy) and reads entry i. */
  withArgument(table: Float64Array, i: number): number {
    return table[i % table.length]!;
  },
  /** A task that reads entry i of the kept table. */
  withKept(i: number): number {
    if (!kept) throw new Error('No table kept: call keep first (the initializer).');
    return kept[i % kept.length]!;
  },
  /** Forgets the kept table. */
  release(): true {
    kept = null;
    return true;
  },
};

/** The API this worker exposes; wrap it with Comlink on the page. */
export type PoolLifecycleApi = typeof api;

expose(api);
