/**
 * WorkerPool in Node: a "worker" here is a MessageChannel whose far end is exposed with Comlink
 * in the same process, so the pool's protocol, ordering, cancellation and error paths run for
 * real without a browser (the e2e tests cover real Web Workers).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { FakeWorker, fakeWorkerFactory } from './testing/fake-worker.ts';
import { isAbortError, WorkerPool } from './pool.ts';

const testApi = {
  square: (x: number) => x * x,
  slow: (ms: number, value: number) => new Promise<number>((resolve) => setTimeout(() => resolve(value), ms)),
  boom: (): number => {
    throw new Error('kaboom in the kernel');
  },
};
type TestApi = typeof testApi;

const makePool = () => new WorkerPool<TestApi>(fakeWorkerFactory(testApi), { idleTimeoutMs: 60_000 });
let pool: WorkerPool<TestApi>;

afterEach(() => pool?.terminate());

describe('WorkerPool', () => {
  it('returns results in task order with one record per task', async () => {
    pool = makePool();
    const tasks = [5, 1, 4, 2, 3].map((ms, i) => (api: Parameters<Parameters<typeof pool.run>[0][number]>[0]) => api.slow(ms * 10, i));
    const { results, records } = await pool.run(tasks, { workers: 2 });
    expect(results).toEqual([0, 1, 2, 3, 4]);
    expect(records.map((r) => r.task)).toEqual([0, 1, 2, 3, 4]);
    for (const r of records) {
      expect(r.end).toBeGreaterThanOrEqual(r.start);
      expect([0, 1]).toContain(r.worker);
    }
    // Dynamic hand-out: worker 1 finishes task 1 (10 ms) early and takes task 2 while worker 0 is busy.
    expect(records[2]!.worker).toBe(1);
  });

  it('starts workers lazily and reuses them', async () => {
    pool = makePool();
    const before = FakeWorker.created;
    expect(pool.liveWorkers).toBe(0);
    await pool.run([(api) => api.square(3)], { workers: 3 });
    expect(FakeWorker.created - before).toBe(3);
    await pool.run([(api) => api.square(4), (api) => api.square(5)], { workers: 2 });
    expect(FakeWorker.created - before).toBe(3);
  });

  it('cancel terminates the workers, rejects with AbortError, and the next run works', async () => {
    pool = makePool();
    const controller = new AbortController();
    const started = performance.now();
    const run = pool.run([(api) => api.slow(10_000, 1), (api) => api.slow(10_000, 2)], { workers: 2, signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    const error = await run.then(() => null, (e: unknown) => e);
    expect(isAbortError(error)).toBe(true);
    expect(performance.now() - started).toBeLessThan(2000);
    // The cancelled call is not answering: its worker is terminated after DRAIN_MS at the latest.
    await expect.poll(() => pool.liveWorkers, { timeout: 2000, interval: 20 }).toBe(0);
    const again = await pool.run([(api) => api.square(7)], { workers: 1 });
    expect(again.results).toEqual([49]);
  });

  it('a new run may start right after a cancel, before the cancelled run has settled', async () => {
    pool = makePool();
    const controller = new AbortController();
    const first = pool.run([(api) => api.slow(10_000, 1)], { workers: 1, signal: controller.signal });
    await new Promise((r) => setTimeout(r, 20));
    controller.abort();
    // Same tick as the abort: the pool must not still count the cancelled run as in progress.
    const second = pool.run([(api) => api.square(6)], { workers: 1 });
    await expect(first).rejects.toSatisfy(isAbortError);
    expect((await second).results).toEqual([36]);
  });

  it('an error thrown in a worker rejects the run with that message, and the pool recovers', async () => {
    pool = makePool();
    await expect(pool.run([(api) => api.square(2), (api) => api.boom()], { workers: 2 })).rejects.toThrow('kaboom in the kernel');
    expect((await pool.run([(api) => api.square(3)], { workers: 1 })).results).toEqual([9]);
  });

  it('a worker that dies (error event) rejects its pending task instead of hanging', async () => {
    const workers: FakeWorker[] = [];
    pool = new WorkerPool<TestApi>(() => {
      const w = new FakeWorker(testApi);
      workers.push(w);
      return w as unknown as Worker;
    });
    const run = pool.run([(api) => api.slow(10_000, 1)], { workers: 1 });
    await new Promise((r) => setTimeout(r, 20));
    workers[0]!.dispatchEvent(Object.assign(new Event('error', { cancelable: true }), { message: 'out of memory' }));
    await expect(run).rejects.toThrow(/out of memory/);
  });

  it('refuses invalid worker counts', async () => {
    pool = makePool();
    await expect(pool.run([], { workers: 0 })).rejects.toThrow(RangeError);
    await expect(pool.run([], { workers: 65 })).rejects.toThrow(RangeError);
  });

  it('rejects at once when the signal is already aborted', async () => {
    pool = makePool();
    const c = new AbortController();
    c.abort();
    await expect(pool.run([(api) => api.square(1)], { workers: 1, signal: c.signal })).rejects.toSatisfy(isAbortError);
  });
});
