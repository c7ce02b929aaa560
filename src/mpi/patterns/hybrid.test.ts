/**
 * Hybrid ranks x threads: the layouts of p workers, the blocks (every row once, thread t of rank r
 * taking block r*T + t), mpi4py's tree order, and the timing run on in-process ranks giving the
 * same integral as the serial sum with the same blocks and additions.
 */
import { describe, expect, it } from 'vitest';
import { blockRows } from '../../kernels/decomposition.ts';
import { runInProcess } from '../run-in-process.ts';
import { hybridBlock, hybridIntegral, inlineTeam, layoutsOf, treeSum } from './hybrid.ts';
import { hybridRank, type HybridResult } from './hybrid-rank.ts';

describe('layouts and blocks', () => {
  it('splits p workers into every ranks x threads, pure ranks first', () => {
    expect(layoutsOf(4)).toEqual([{ ranks: 4, threads: 1 }, { ranks: 2, threads: 2 }, { ranks: 1, threads: 4 }]);
    expect(layoutsOf(1)).toEqual([{ ranks: 1, threads: 1 }]);
    expect(() => layoutsOf(0)).toThrow(RangeError);
  });

  it('gives every row to exactly one thread of one rank', () => {
    for (const layout of [...layoutsOf(6), { ranks: 3, threads: 3 }]) {
      const rows = [];
      for (let r = 0; r < layout.ranks; r++) for (let t = 0; t < layout.threads; t++) rows.push(hybridBlock(97, layout, r, t));
      expect(rows).toEqual(Array.from({ length: layout.ranks * layout.threads }, (_, k) => blockRows(97, layout.ranks * layout.threads, k)));
    }
  });

  it('adds along mpi4py\'s tree: (v0 + v1) + (v2 + v3), and 7 values as ((v0+v1)+(v2+v3))+((v4+v5)+v6)', () => {
    const v = [1e16, 1, -1e16, 1];
    expect(treeSum(v)).toBe((1e16 + 1) + (-1e16 + 1));
    const w = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7];
    expect(treeSum(w)).toBe(((0.1 + 0.2) + (0.3 + 0.4)) + ((0.5 + 0.6) + 0.7));
  });
});

describe('the timing run on in-process ranks', () => {
  for (const layout of layoutsOf(4)) {
    it(`${layout.ranks} x ${layout.threads}: the serial sum's digits, one time per kept repeat`, async () => {
      const n = 200;
      const snap = await runInProcess({
        program: (comm, env) => hybridRank(comm, env, inlineTeam, { n, threads: layout.threads, repeats: 3, warmup: 1 }),
        size: layout.ranks,
      });
      expect(snap.status).toBe('ok');
      const result = snap.returns[0] as HybridResult;
      expect(result.integral).toBe(hybridIntegral(n, layout));
      expect(result.times).toHaveLength(3);
      expect(result.warmupTimes).toHaveLength(1);
      // Per repeat the reduce's messages along mpi4py's tree (whose loop goes on after a rank has
      // sent, so 4 ranks exchange 4 messages, not 3); threads exchange none.
      const reduces = snap.trace.messages.filter((m) => m.collective === 'reduce').length;
      expect(reduces).toBe(4 * ({ 1: 0, 2: 1, 4: 4 } as Record<number, number>)[layout.ranks]!);
    });
  }
});
