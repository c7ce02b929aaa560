import { describe, expect, it } from 'vitest';
import { runSweep } from './sweep.ts';

/** A fake clock and run: run k on p workers "takes" base/p ms, plus a slow first run. */
function fakeRunner(base: number) {
  let t = 0;
  const calls: number[] = [];
  return {
    now: () => t,
    calls,
    runOnce: async (p: number) => {
      calls.push(p);
      const warm = calls.filter((c) => c === p).length === 1;
      t += base / p + (warm ? 500 : 0);
      return p * 10;
    },
  };
}

describe('runSweep', () => {
  it('discards warm-up, takes medians, computes speedup and efficiency', async () => {
    const f = fakeRunner(1000);
    const rows = await runSweep({ workerCounts: [4, 1, 2], repeats: 3, runOnce: f.runOnce, now: f.now });
    expect(rows.map((r) => r.workers)).toEqual([1, 2, 4]);
    expect(f.calls).toEqual([1, 1, 1, 1, 2, 2, 2, 2, 4, 4, 4, 4]);
    expect(rows[0]!.time.median).toBe(1000); // the 1500 ms warm-up is not counted
    expect(rows[2]!.speedup).toBeCloseTo(4);
    expect(rows[1]!.efficiency).toBeCloseTo(1);
    expect(rows[2]!.result).toBe(40);
  });

  it('reports rows as they finish', async () => {
    const f = fakeRunner(100);
    const seen: number[] = [];
    await runSweep({ workerCounts: [1, 2], repeats: 1, runOnce: f.runOnce, now: f.now, onRow: (r) => seen.push(r.workers) });
    expect(seen).toEqual([1, 2]);
  });

  it('awaits settle after each row but the last, before the next worker count starts', async () => {
    const f = fakeRunner(100);
    const log: string[] = [];
    const runOnce = async (p: number) => {
      log.push(`run ${p}`);
      return f.runOnce(p);
    };
    const settle = async () => {
      log.push('settle');
      await new Promise((resolve) => setTimeout(resolve, 5));
      log.push('settled');
    };
    await runSweep({ workerCounts: [1, 2, 4], repeats: 1, runOnce, now: f.now, onRow: (r) => log.push(`row ${r.workers}`), settle });
    expect(log).toEqual(['run 1', 'run 1', 'row 1', 'settle', 'settled', 'run 2', 'run 2', 'row 2', 'settle', 'settled', 'run 4', 'run 4', 'row 4']);
  });

  it('validates its options', async () => {
    const f = fakeRunner(100);
    await expect(runSweep({ workerCounts: [2, 4], repeats: 1, runOnce: f.runOnce })).rejects.toThrow(/include 1/);
    await expect(runSweep({ workerCounts: [1, 1], repeats: 1, runOnce: f.runOnce })).rejects.toThrow(/repeat/);
    await expect(runSweep({ workerCounts: [1], repeats: 0, runOnce: f.runOnce })).rejects.toThrow(/repeats/);
  });

  it('stops at the first failing run', async () => {
    let calls = 0;
    const runOnce = async (p: number) => {
      calls++;
      if (p === 2) throw new Error('worker exploded');
      return 0;
    };
    await expect(runSweep({ workerCounts: [1, 2, 4], repeats: 2, runOnce })).rejects.toThrow('worker exploded');
    expect(calls).toBe(4);
  });
});
