import { describe, expect, it } from 'vitest';
import { runWithLimit, simulatedRequest } from './simulated-io.ts';

describe('runWithLimit', () => {
  it('never has more than `limit` tasks in flight, and keeps results in task order', async () => {
    let inFlight = 0;
    let peak = 0;
    const tasks = Array.from({ length: 7 }, (_, i) => async () => {
      inFlight++;
      peak = Math.max(peak, inFlight);
      await simulatedRequest(5 + (i % 3));
      inFlight--;
      return i * 10;
    });
    const run = await runWithLimit(tasks, 3);
    expect(peak).toBe(3);
    expect(run.results).toEqual([0, 10, 20, 30, 40, 50, 60]);
    expect(new Set(run.records.map((r) => r.worker))).toEqual(new Set([0, 1, 2]));
  });

  it('overlaps waits: 6 requests of 40 ms take about 80 ms 3 at a time, about 240 ms one at a time', async () => {
    const tasks = Array.from({ length: 6 }, () => () => simulatedRequest(40));
    let t = performance.now();
    await runWithLimit(tasks, 1);
    const sequential = performance.now() - t;
    t = performance.now();
    await runWithLimit(tasks, 3);
    const concurrent = performance.now() - t;
    expect(sequential).toBeGreaterThanOrEqual(238);
    expect(concurrent).toBeGreaterThanOrEqual(79);
    expect(concurrent).toBeLessThan(0.6 * sequential);
  });

  it('rejects a bad limit and passes on a task error', async () => {
    await expect(runWithLimit([], 0)).rejects.toThrow(RangeError);
    await expect(runWithLimit([() => Promise.reject(new Error('boom'))], 2)).rejects.toThrow('boom');
  });
});

describe('simulatedRequest', () => {
  it('rejects with an AbortError when cancelled', async () => {
    const c = new AbortController();
    const p = simulatedRequest(10_000, c.signal);
    c.abort(new DOMException('stop', 'AbortError'));
    await expect(p).rejects.toMatchObject({ name: 'AbortError' });
  });
});
