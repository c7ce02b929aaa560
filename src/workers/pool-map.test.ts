/**
 * map / starmap in Node: each "worker" is a MessageChannel whose far end exposes the real task
 * registry with Comlink in this process (the approach of pool.test.ts), so chunking, ordering,
 * timing records, progress throttling, cancellation and task errors run for real without a
 * browser. The e2e tests (e2e/pools.spec.ts) cover real Web Workers.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { fakeWorkerFactory } from './testing/fake-worker.ts';
import { isAbortError, WorkerPool } from './pool.ts';
import { map, starmap, type MapProgress } from './pool-map.ts';
import { runChunk } from './tasks/registry.ts';
import type { TasksApi } from './tasks.worker.ts';

const api = {
  call: async (name: string, args: unknown[]) => (await runChunk(name, [args])).results[0],
  callChunk: (name: string, argsList: unknown[][], firstIndex: number) => runChunk(name, argsList, firstIndex),
  ping: () => performance.timeOrigin + performance.now(),
};

let pool: WorkerPool<TasksApi>;
const makePool = () => {
  pool = new WorkerPool<TasksApi>(fakeWorkerFactory(api), { idleTimeoutMs: 60_000 });
  return pool;
};
afterEach(() => pool?.terminate());

describe('map', () => {
  it('returns results in input order although items finish out of order', async () => {
    const items = [5, 1, 4, 2, 3];
    const run = await map<number>('slowSquare', items, { workers: 3, chunksize: 1, pool: makePool() });
    expect(run.results).toEqual([25, 1, 16, 4, 9]);
    const finishOrder = [...run.records].sort((a, b) => a.end - b.end).map((r) => r.task);
    expect(finishOrder).not.toEqual([0, 1, 2, 3, 4]);
    expect(run.records.map((r) => r.task)).toEqual([0, 1, 2, 3, 4]);
    for (const r of run.records) {
      expect(r.worker).toBeGreaterThanOrEqual(0);
      expect(r.worker).toBeLessThan(3);
      expect(r.end).toBeGreaterThanOrEqual(r.start);
      expect(r.start).toBeGreaterThanOrEqual(run.startedAt - 1);
      expect(r.end).toBeLessThanOrEqual(run.endedAt + 1);
    }
  });

  it('sends items in chunks: explicit size, and Python\'s default', async () => {
    const explicit = await map<number>('square', [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], { workers: 2, chunksize: 3, pool: makePool() });
    expect(explicit.results).toEqual([1, 4, 9, 16, 25, 36, 49, 64, 81, 100]);
    expect(explicit.chunks.map((c) => [c.first, c.count])).toEqual([[0, 3], [3, 3], [6, 3], [9, 1]]);
    expect(explicit.records.map((r) => r.chunk)).toEqual([0, 0, 0, 1, 1, 1, 2, 2, 2, 3]);
    // items of one chunk ran on the worker that took the chunk
    for (const r of explicit.records) expect(r.worker).toBe(explicit.chunks[r.chunk]!.worker);
    const auto = await map<number>('square', Array.from({ length: 100 }, (_, i) => i), { workers: 4, pool });
    expect(auto.chunksize).toBe(7); // ceil(100 / 16)
    expect(auto.chunks).toHaveLength(15);
  });

  it('hands chunks out dynamically: a worker stuck on a long item does not hold up the rest', async () => {
    // item 0 waits 1 s; the other nine wait 100 ms each; two workers
    const run = await map<number>('slowSquare', [10, 1, 1, 1, 1, 1, 1, 1, 1, 1], { workers: 2, chunksize: 1, pool: makePool() });
    const slowWorker = run.records[0]!.worker;
    const others = run.records.filter((r) => r.worker !== slowWorker);
    expect(others.length).toBeGreaterThanOrEqual(7);
  });
});

describe('starmap', () => {
  it('unpacks several arguments per item', async () => {
    const run = await starmap<number>('power', [[2, 10], [3, 2], [10, -1]], { workers: 2, pool: makePool() });
    expect(run.results).toEqual([1024, 9, 0.1]);
  });
});

describe('progress', () => {
  it('is throttled, and the last report says everything is done', async () => {
    const reports: MapProgress[] = [];
    const n = 3000;
    const run = await map<number>('square', Array.from({ length: n }, (_, i) => i), {
      workers: 2, chunksize: 1, pool: makePool(), progressIntervalMs: 50, onProgress: (p) => reports.push(p),
    });
    const wall = run.endedAt - run.startedAt;
    expect(reports.length).toBeGreaterThan(0);
    expect(reports.length).toBeLessThanOrEqual(Math.ceil(wall / 50) + 2); // not one per item
    expect(reports.length).toBeLessThan(n / 10);
    const last = reports.at(-1)!;
    expect(last.done).toBe(n);
    expect(last.total).toBe(n);
    expect(last.running).toEqual([]);
  });

  it('lists the chunks that are running', async () => {
    let sawRunning = 0;
    await map('slowSquare', [3, 3, 3, 3], {
      workers: 2, chunksize: 1, pool: makePool(), progressIntervalMs: 20, onProgress: (p) => (sawRunning = Math.max(sawRunning, p.running.length)),
    });
    expect(sawRunning).toBe(2);
  });
});

describe('cancellation and errors', () => {
  it('rejects with an AbortError mid-map, and the next map works', async () => {
    makePool();
    const controller = new AbortController();
    const pending = map('slowSquare', [20, 20, 20, 20], { workers: 2, chunksize: 1, pool, signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    const error = await pending.catch((e: unknown) => e);
    expect(isAbortError(error)).toBe(true);
    // Workers with a call in flight answer or are terminated within DRAIN_MS.
    await expect.poll(() => pool.liveWorkers, { timeout: 2000, interval: 20 }).toBe(0);
    const again = await map<number>('square', [1, 2, 3], { workers: 2, pool });
    expect(again.results).toEqual([1, 4, 9]);
  });

  it('rejects with the task\'s error, naming the item', async () => {
    await expect(map('sqrt', [16, 9, -1, 4], { workers: 2, chunksize: 1, pool: makePool() })).rejects.toThrow(
      /sqrt\(-1\) for item 2 failed: math domain error/,
    );
    // the pool still works afterwards
    expect((await map<number>('sqrt', [16, 9], { workers: 2, pool })).results).toEqual([4, 3]);
  });

  it('refuses a bad chunk size before starting', async () => {
    await expect(map('square', [1, 2], { workers: 2, chunksize: 0, pool: makePool() })).rejects.toThrow(RangeError);
  });
});
