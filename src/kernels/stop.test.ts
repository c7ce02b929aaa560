/**
 * Cancelling a kernel mid-block: the js kernels check their stop callback (between rows, every
 * 2^20 darts) and end with an AbortError; given a callback that never stops, they compute exactly
 * what they compute without one.
 */
import { describe, expect, it } from 'vitest';
import { integrate2dRows } from './integrate2d.ts';
import { samplePi } from './monte-carlo-pi.ts';
import { computeBlock } from './registry.ts';
import { isAbortError } from '../lib/abort.ts';

/** A stop callback that turns true after `calls` checks, counting them. */
function stopAfter(calls: number) {
  const state = { checks: 0 };
  return { state, shouldStop: () => ++state.checks > calls };
}

describe('stoppable kernels', () => {
  it('the integration stops at the next row, and never stopping changes no digit', () => {
    const { state, shouldStop } = stopAfter(5);
    expect(() => integrate2dRows(1000, 0, 1000, shouldStop)).toThrow(expect.objectContaining({ name: 'AbortError' }));
    expect(state.checks).toBe(6);
    expect(integrate2dRows(400, 100, 300, () => false)).toBe(integrate2dRows(400, 100, 300));
  });

  it('Monte Carlo pi stops within 2^20 darts, and never stopping draws the same darts', () => {
    const { state, shouldStop } = stopAfter(2);
    let error: unknown;
    try {
      samplePi(10_000_000, 7, 0, shouldStop);
    } catch (e) {
      error = e;
    }
    expect(isAbortError(error)).toBe(true);
    expect(state.checks).toBe(3);
    expect(samplePi(3_000_000, 7, 1, () => false)).toEqual(samplePi(3_000_000, 7, 1));
  });

  it('the registry hands the stop callback to the js implementations', () => {
    expect(() => computeBlock('integrate', 'js', { n: 500 }, { begin: 0, end: 500 }, () => true)).toThrow(expect.objectContaining({ name: 'AbortError' }));
    expect(() => computeBlock('pi', 'js', { n: 1000, seed: 1 }, { darts: 1000, stream: 0 }, () => true)).toThrow(expect.objectContaining({ name: 'AbortError' }));
  });
});
