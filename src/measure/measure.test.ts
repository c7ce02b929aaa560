import { describe, expect, it } from 'vitest';
import { measure } from './measure.ts';
import { isAbortError } from '../lib/abort.ts';

/** A clock that advances by the given durations, one per call pair (start, end). */
function fakeClock(durations: number[]) {
  let t = 0;
  let i = 0;
  let started = false;
  return () => {
    if (started) t += durations[i++] ?? 0;
    started = !started;
    return t;
  };
}

describe('measure', () => {
  it('discards warm-ups and summarizes the timed runs', async () => {
    const calls: string[] = [];
    const m = await measure({
      repeats: 3,
      warmups: 2,
      now: fakeClock([500, 400, 10, 30, 20]),
      run: async ({ index, warmup }) => {
        calls.push(`${warmup ? 'w' : 't'}${index}`);
        return index * 10;
      },
    });
    expect(calls).toEqual(['w0', 'w1', 't0', 't1', 't2']);
    expect(m.warmupRuns.map((r) => r.ms)).toEqual([500, 400]);
    expect(m.runs.map((r) => r.ms)).toEqual([10, 30, 20]);
    expect(m.time).toMatchObject({ median: 20, min: 10, max: 30, samples: [10, 30, 20], noisy: true });
    expect(m.last).toBe(20);
  });

  it('flags noise by the max/min ratio', async () => {
    const quiet = await measure({ repeats: 3, warmups: 0, now: fakeClock([100, 110, 105]), run: async () => 0 });
    expect(quiet.time.noisy).toBe(false);
    const custom = await measure({ repeats: 2, warmups: 0, noiseRatio: 1.05, now: fakeClock([100, 110]), run: async () => 0 });
    expect(custom.time.noisy).toBe(true);
  });

  it('reports every run, warm-ups included, as it happens', async () => {
    const seen: boolean[] = [];
    await measure({ repeats: 2, run: async () => 1, onRun: (r) => seen.push(r.warmup) });
    expect(seen).toEqual([true, false, false]);
  });

  it('stops between runs when aborted, with an AbortError', async () => {
    const c = new AbortController();
    let runs = 0;
    const p = measure({ repeats: 5, signal: c.signal, run: async () => { if (++runs === 2) c.abort(); return runs; } });
    await expect(p).rejects.toSatisfy(isAbortError);
    expect(runs).toBe(2);
  });

  it('passes on the error of a run and refuses bad counts', async () => {
    await expect(measure({ repeats: 1, run: async () => { throw new Error('boom'); } })).rejects.toThrow('boom');
    await expect(measure({ repeats: 0, run: async () => 0 })).rejects.toThrow(RangeError);
    await expect(measure({ repeats: 1, warmups: -1, run: async () => 0 })).rejects.toThrow(RangeError);
  });
});
