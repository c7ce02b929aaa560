/**
 * The lesson's halo-exchange program on in-process ranks: the rod it computes equals the serial
 * stencil to the last bit on 1 to 7 ranks, including splits where the blocks differ in size, and
 * every rank makes 2 sendrecv calls per step (the trace holds exactly those messages and the gather).
 */
import { describe, expect, it } from 'vitest';
import { runInProcess } from '../run-in-process.ts';
import { HALO_PROGRAM } from './halo-program.ts';
import { HEAT_DEFAULTS, joinPieces, maxDifference, serialHeat } from './heat1d.ts';

describe('the halo-exchange program', () => {
  const serial = serialHeat(HEAT_DEFAULTS.n, HEAT_DEFAULTS.steps);

  for (const size of [1, 2, 3, 4, 7]) {
    it(`on ${size} rank${size === 1 ? '' : 's'} gives the serial stencil's rod bit for bit`, async () => {
      const snap = await runInProcess({ program: HALO_PROGRAM, size });
      expect(snap.status).toBe('ok');
      const rod = joinPieces(snap.returns);
      if (rod instanceof Error) throw rod;
      expect(maxDifference(rod.u, serial)).toBe(0);
      expect(Array.from(rod.u)).toEqual(Array.from(serial));
      // Per step one message each way across each of the p - 1 block boundaries; the gather is counted apart.
      const p2p = snap.trace.messages.filter((m) => m.context === 'p2p').length;
      expect(p2p).toBe(2 * HEAT_DEFAULTS.steps * (size - 1));
    });
  }

  it('uneven blocks: 60 cells on 7 ranks are 8 or 9 cells each', async () => {
    const snap = await runInProcess({ program: HALO_PROGRAM, size: 7 });
    const sizes = (snap.returns as { u: number[] }[]).map((p) => p.u.length);
    expect(new Set(sizes)).toEqual(new Set([8, 9]));
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(60);
  });

  it('other rod lengths and step counts, edited into the program, still match the serial stencil', async () => {
    for (const [n, steps, size] of [[17, 40, 3], [5, 10, 5], [101, 7, 6]] as const) {
      const program = HALO_PROGRAM.replace('const n = 60, steps = 200', `const n = ${n}, steps = ${steps}`);
      const snap = await runInProcess({ program, size });
      const rod = joinPieces(snap.returns);
      if (rod instanceof Error) throw rod;
      expect(maxDifference(rod.u, serialHeat(n, steps))).toBe(0);
    }
  });
});

describe('the serial stencil', () => {
  it('keeps the rod symmetric in shape, loses heat only at the cold ends, and refuses unstable r', () => {
    const u = serialHeat(60, 200);
    const total = u.reduce((a, b) => a + b, 0);
    expect(total).toBeLessThan(2000);
    expect(total).toBeGreaterThan(1900);
    expect(Math.abs(u[10]! - u[49]!)).toBeLessThan(1e-9);
    expect(() => serialHeat(10, 1, 0.6)).toThrow(RangeError);
    expect(Array.from(serialHeat(3, 0))).toEqual([0, 100, 0]);
  });

  it('joinPieces names a gap and a missing piece', () => {
    expect(joinPieces([{ n: 4, steps: 1, first: 0, u: [1, 2] }, { n: 4, steps: 1, first: 3, u: [4] }])).toBeInstanceOf(Error);
    expect(joinPieces([undefined])).toBeInstanceOf(Error);
  });
});
