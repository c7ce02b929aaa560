import { describe, expect, it } from 'vitest';
import { createBarrier } from '../shared-memory/barrier.ts';
import { runInThreads } from '../shared-memory/testing/run-in-threads.ts';
import { dotThread, type DotThreadResult } from './dot-thread.ts';

/** A deterministic n × n matrix on shared memory. */
function matrix(n: number, salt: number): SharedArrayBuffer {
  const buffer = new SharedArrayBuffer(n * n * 8);
  const m = new Float64Array(buffer);
  for (let i = 0; i < m.length; i++) m[i] = Math.sin(i * 0.37 + salt) * 0.5 + 0.5;
  return buffer;
}

/** The textbook triple loop, adding over k in order: the reference product. */
function naive(a: Float64Array, b: Float64Array, n: number): Float64Array {
  const c = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) {
    let s = 0;
    for (let k = 0; k < n; k++) s += a[i * n + k]! * b[k * n + j]!;
    c[i * n + j] = s;
  }
  return c;
}

/** The product on a team of `team` Node worker threads, with a panel width of `kBlock`. */
async function teamProduct(a: SharedArrayBuffer, b: SharedArrayBuffer, n: number, team: number, kBlock: number): Promise<{ c: Float64Array; results: DotThreadResult[] }> {
  const c = new SharedArrayBuffer(n * n * 8);
  const packed = new SharedArrayBuffer(kBlock * n * 8);
  const barrier = createBarrier(team).buffer as SharedArrayBuffer;
  const results = (await runInThreads(
    Array.from({ length: team }, (_, rank) => ({ name: 'dot' as const, job: { a, b, c, packed, barrier, n, rank, team, kBlock, barrierTimeoutMs: 10_000 } })),
  )) as DotThreadResult[];
  return { c: new Float64Array(c), results };
}

describe('the threaded library’s matrix product', () => {
  it('equals the textbook product bit for bit on one thread, and on teams of 2 and 3 threads with uneven rows and panels', async () => {
    const n = 70; // four panels of 16 columns and a last one of 6; 70 rows split 23/23/24 over 3
    const a = matrix(n, 1);
    const b = matrix(n, 2);
    const reference = naive(new Float64Array(a), new Float64Array(b), n);
    const c1 = new SharedArrayBuffer(n * n * 8);
    const single = dotThread({ a, b, c: c1, packed: new SharedArrayBuffer(16 * n * 8), barrier: createBarrier(1).buffer as SharedArrayBuffer, n, rank: 0, team: 1, kBlock: 16 });
    expect(new Float64Array(c1)).toEqual(reference);
    expect(single.fmas).toBe(n * n * n);
    expect(single.waitMs).toBe(0);
    for (const team of [2, 3]) {
      const { c, results } = await teamProduct(a, b, n, team, 16);
      expect(c).toEqual(reference);
      // Every multiply-add done once, by exactly one thread; two stretches of work per panel each.
      expect(results.reduce((s, r) => s + r.fmas, 0)).toBe(n * n * n);
      for (const r of results) expect(r.segments).toHaveLength(2 * Math.ceil(n / 16));
    }
  });

  it('refuses a rank outside its team', () => {
    const a = matrix(4, 0);
    expect(() => dotThread({ a, b: a, c: matrix(4, 0), packed: matrix(4, 0), barrier: createBarrier(2).buffer as SharedArrayBuffer, n: 4, rank: 2, team: 2 })).toThrow(/not a thread of a team of 2/);
  });
});
