/**
 * One thread of a rank's team (hybrid.ts): sums a block of the 2D integral's rows and writes the
 * partial sum into its slot of the rank's SharedArrayBuffer. Thin: the kernel is
 * src/kernels/integrate2d.ts. Started by a rank worker, never by the page.
 */
import { expose } from 'comlink';
import { blockRows } from '../../kernels/decomposition.ts';
import { integrate2dRows } from '../../kernels/integrate2d.ts';

const api = {
  /**
   * Block `block` of `blocks` of an n x n grid, written into `new Float64Array(buffer)[slot]`.
   * @returns ms spent computing
   */
  sumIntoSlot(buffer: SharedArrayBuffer, n: number, blocks: number, block: number, slot: number): number {
    const t0 = performance.now();
    const { begin, end } = blockRows(n, blocks, block);
    new Float64Array(buffer)[slot] = integrate2dRows(n, begin, end);
    return performance.now() - t0;
  },
};

/** The API of a team thread. */
export type HybridThreadApi = typeof api;

expose(api);
