import { describe, expect, it } from 'vitest';
import { criticalPath, dagWidth, totalWork, wallTimeBound, type TimedJob } from './graph-metrics.ts';

// Two chains of 3 + 1 and 1 + 1 joined by a final job of 2.
const jobs: TimedJob[] = [
  { id: 'a1', ms: 3, deps: [] },
  { id: 'a2', ms: 1, deps: ['a1'] },
  { id: 'b1', ms: 1, deps: [] },
  { id: 'b2', ms: 1, deps: ['b1'] },
  { id: 'c', ms: 2, deps: ['a2', 'b2'] },
];

describe('graph metrics', () => {
  it('finds the critical path, the work and the width', () => {
    expect(criticalPath(jobs)).toEqual({ length: 6, jobs: ['a1', 'a2', 'c'] });
    expect(totalWork(jobs)).toBe(8);
    expect(dagWidth(jobs)).toBe(2);
    expect(dagWidth([...jobs, { id: 'd', ms: 1, deps: [] }])).toBe(3);
  });
  it('bounds the wall time by the span and by work / workers', () => {
    expect(wallTimeBound(jobs, 1)).toBe(8);
    expect(wallTimeBound(jobs, 2)).toBe(6);
    expect(wallTimeBound(jobs, 8)).toBe(6);
  });
  it('refuses cycles and unknown dependencies', () => {
    expect(() => criticalPath([{ id: 'x', ms: 1, deps: ['y'] }, { id: 'y', ms: 1, deps: ['x'] }])).toThrow(/cycle/);
    expect(() => criticalPath([{ id: 'x', ms: 1, deps: ['nope'] }])).toThrow(/Unknown dependency nope/);
    expect(criticalPath([])).toEqual({ length: 0, jobs: [] });
  });
});
