import { describe, expect, it, vi } from 'vitest';
import { integrate2d } from '../../kernels/integrate2d.ts';

const calls = vi.hoisted(() => [] as number[]);
vi.mock('../../kernels/integrate2d.ts', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../kernels/integrate2d.ts')>();
  return {
    ...original,
    integrate2dRows: (n: number, begin: number, end: number) => {
      calls.push(begin);
      return original.integrate2dRows(n, begin, end);
    },
  };
});
import { MAX_GRID, MIN_GRID, gridForDuration, integrateAsAsyncTasks, integrateInOnePiece, measureRate, yieldToEventLoop } from './cpu-work.ts';

describe('gridForDuration', () => {
  it('gives n with n² ≈ rate × target, a multiple of 8', () => {
    const n = gridForDuration(50_000, 1000);
    expect(n % 8).toBe(0);
    expect(Math.abs(n * n - 5e7) / 5e7).toBeLessThan(0.01);
  });
  it('stays within the lab’s limits', () => {
    expect(gridForDuration(1, 1)).toBe(MIN_GRID);
    expect(gridForDuration(1e9, 1e4)).toBe(MAX_GRID);
  });
  it('rejects a zero rate or target', () => {
    expect(() => gridForDuration(0, 1000)).toThrow(RangeError);
    expect(() => gridForDuration(1000, 0)).toThrow(RangeError);
  });
});

describe('measureRate', () => {
  it('reports a positive, finite throughput', async () => {
    const r = await measureRate(100);
    expect(r).toBeGreaterThan(0);
    expect(Number.isFinite(r)).toBe(true);
  });
});

describe('integrateInOnePiece', () => {
  it('computes the integral (near zero) over every row', () => {
    const r = integrateInOnePiece(400);
    expect(r.rowsDone).toBe(400);
    expect(r.stoppedByGuard).toBe(false);
    expect(Math.abs(r.value - integrate2d(400))).toBeLessThan(1e-12);
  });
  it('stops at the guard', () => {
    const r = integrateInOnePiece(4000, 0, 1);
    expect(r.stoppedByGuard).toBe(true);
    expect(r.rowsDone).toBeLessThan(4000);
  });
});

describe('integrateAsAsyncTasks', () => {
  it('gives the same integral as one piece, to rounding', async () => {
    const r = await integrateAsAsyncTasks(400, 4, { chunkRows: 7 });
    expect(r.rowsDone).toBe(400);
    expect(r.stoppedByGuard).toBe(false);
    expect(Math.abs(r.value - integrate2d(400))).toBeLessThan(1e-12);
  });

  it('interleaves the tasks: they take turns at every yield', async () => {
    calls.length = 0;
    // 4 tasks of 10 rows, 5 rows per chunk: every task does its first chunk before any does its second.
    await integrateAsAsyncTasks(40, 4, { chunkRows: 5 });
    expect(calls).toEqual([0, 10, 20, 30, 5, 15, 25, 35]);
  });

  it('stops with an AbortError when the signal aborts', async () => {
    const controller = new AbortController();
    const run = integrateAsAsyncTasks(400, 2, {
      chunkRows: 1,
      signal: controller.signal,
      yieldFn: async () => {
        controller.abort();
        await yieldToEventLoop();
      },
    });
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
  });
});
