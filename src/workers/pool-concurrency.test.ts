/**
 * WorkerPool as the one owner of workers: overlapping runs share a pool without waiting, a cancel
 * ends only its own run's workers, the pool never holds more than its maximum, and idle workers
 * end after the timeout. Runs in Node against fake workers (see testing/fake-worker.ts).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { fakeWorkerFactory } from './testing/fake-worker.ts';
import { DRAIN_MS, isAbortError, WorkerPool } from './pool.ts';

const api = {
  slow: (ms: number, value: number) => new Promise<number>((resolve) => setTimeout(() => resolve(value), ms)),
};
type Api = typeof api;
let pool: WorkerPool<Api> | undefined;
afterEach(() => pool?.terminate());

describe('WorkerPool with overlapping runs', () => {
  it('runs two runs at once on separate workers', async () => {
    pool = new WorkerPool<Api>(fakeWorkerFactory(api), { idleTimeoutMs: 60_000 });
    const a = pool.run([(w) => w.slow(150, 1), (w) => w.slow(150, 2)], { workers: 2 });
    const b = pool.run([(w) => w.slow(150, 3)], { workers: 1 });
    expect(pool.busyWorkers).toBe(3);
    const [ra, rb] = await Promise.all([a, b]);
    expect(ra.results).toEqual([1, 2]);
    expect(rb.results).toEqual([3]);
    // The second run started before the first ended: it did not wait for it.
    expect(rb.records[0]!.start).toBeLessThan(ra.records[0]!.end);
    expect(pool.busyWorkers).toBe(0);
    expect(pool.liveWorkers).toBe(3);
  });

  it('a cancel ends only its own run', async () => {
    pool = new WorkerPool<Api>(fakeWorkerFactory(api), { idleTimeoutMs: 60_000 });
    const c = new AbortController();
    const doomed = pool.run([(w) => w.slow(500, 1)], { workers: 1, signal: c.signal });
    const other = pool.run([(w) => w.slow(100, 2)], { workers: 1 });
    c.abort();
    await expect(doomed).rejects.toSatisfy(isAbortError);
    expect((await other).results).toEqual([2]);
    await expect.poll(() => pool!.liveWorkers, { timeout: 2000, interval: 20 }).toBe(1);
  });

  it('refuses a run that would take the pool past its maximum', async () => {
    pool = new WorkerPool<Api>(fakeWorkerFactory(api), { idleTimeoutMs: 60_000, maxWorkers: 3 });
    const first = pool.run([(w) => w.slow(50, 1), (w) => w.slow(50, 1)], { workers: 2 });
    await expect(pool.run([(w) => w.slow(1, 1), (w) => w.slow(1, 1)], { workers: 2 })).rejects.toThrow(/already busy.*at most 3/);
    await first;
    await expect(pool.run([(w) => w.slow(1, 1)], { workers: 3 })).resolves.toBeDefined();
    await expect(pool.run([], { workers: 4 })).rejects.toThrow(RangeError);
  });

  it('ends idle workers after the timeout, and starts fresh ones for the next run', async () => {
    pool = new WorkerPool<Api>(fakeWorkerFactory(api), { idleTimeoutMs: 200 });
    await pool.run([(w) => w.slow(10, 1), (w) => w.slow(10, 1)], { workers: 2 });
    expect(pool.liveWorkers).toBe(2);
    await new Promise((r) => setTimeout(r, 50));
    expect(pool.liveWorkers).toBe(2);
    await new Promise((r) => setTimeout(r, 300));
    expect(pool.liveWorkers).toBe(0);
    expect((await pool.run([(w) => w.slow(10, 5)], { workers: 1 })).results).toEqual([5]);
  });

  it('does not end workers while another run still holds some', async () => {
    pool = new WorkerPool<Api>(fakeWorkerFactory(api), { idleTimeoutMs: 100 });
    const long = pool.run([(w) => w.slow(600, 1)], { workers: 1 });
    await pool.run([(w) => w.slow(10, 2)], { workers: 1 });
    await new Promise((r) => setTimeout(r, 250));
    expect(pool.liveWorkers).toBe(2);
    expect((await long).results).toEqual([1]);
  });

  it('after a cancel, the next run waits until the cancelled call has answered', async () => {
    pool = new WorkerPool<Api>(fakeWorkerFactory(api), { idleTimeoutMs: 60_000 });
    const c = new AbortController();
    const doomed = pool.run([(w) => w.slow(80, 1)], { workers: 1, signal: c.signal });
    await new Promise((r) => setTimeout(r, 10));
    const abortedAt = performance.now();
    c.abort();
    await expect(doomed).rejects.toSatisfy(isAbortError);
    // The run is rejected at once, but its worker still computes: the next run waits for it.
    expect(performance.now() - abortedAt).toBeLessThan(40);
    const next = await pool.run([(w) => w.slow(1, 2)], { workers: 1 });
    expect(next.results).toEqual([2]);
    expect(next.records[0]!.start - abortedAt).toBeGreaterThanOrEqual(60);
    expect(next.records[0]!.start - abortedAt).toBeLessThan(DRAIN_MS);
  });

  it('a cancelled worker that does not answer is terminated after DRAIN_MS, and then the next run starts', async () => {
    pool = new WorkerPool<Api>(fakeWorkerFactory(api), { idleTimeoutMs: 60_000 });
    const c = new AbortController();
    const doomed = pool.run([(w) => w.slow(5_000, 1)], { workers: 1, signal: c.signal });
    await new Promise((r) => setTimeout(r, 10));
    const abortedAt = performance.now();
    c.abort();
    await expect(doomed).rejects.toSatisfy(isAbortError);
    const next = await pool.run([(w) => w.slow(1, 3)], { workers: 1 });
    expect(next.results).toEqual([3]);
    expect(next.records[0]!.start - abortedAt).toBeGreaterThanOrEqual(DRAIN_MS - 5);
    expect(pool.liveWorkers).toBe(1);
  });
});
