import { describe, expect, it } from 'vitest';
import { oversubscriptionCounts, parseList, parseWhole, UNEVEN_UNIT, workloadArgs } from './compare-params.ts';

describe('parseList', () => {
  it('reads chunk sizes with auto, in the order typed', () => {
    expect(parseList('1, 10 100,auto', 'chunk size', 5000, true)).toEqual({ values: [1, 10, 100, 'auto'] });
  });
  it('names the bad entry', () => {
    expect(parseList('1, x', 'chunk size', 10, true)).toMatchObject({ error: expect.stringMatching(/"x" is not a whole number/) });
    expect(parseList('auto', 'pool size', 10, false)).toMatchObject({ error: expect.stringMatching(/"auto"/) });
    expect(parseList('0', 'pool size', 10, false)).toMatchObject({ error: expect.stringMatching(/at least 1/) });
    expect(parseList('2, 2', 'pool size', 10, false)).toMatchObject({ error: expect.stringMatching(/twice/) });
    expect(parseList('99', 'pool size', 32, false)).toMatchObject({ error: expect.stringMatching(/at most 32/) });
    expect(parseList(' ', 'pool size', 32, false)).toMatchObject({ error: expect.stringMatching(/at least one/) });
  });
});

describe('parseWhole', () => {
  it('accepts 1e6 and underscores, refuses fractions and out-of-range values', () => {
    expect(parseWhole('1e6', 'Darts', 1, 1e8)).toEqual({ value: 1e6 });
    expect(parseWhole('100_000', 'Darts', 1, 1e8)).toEqual({ value: 1e5 });
    expect(parseWhole('2.5', 'Tasks', 1, 10)).toMatchObject({ error: 'Tasks must be a whole number.' });
    expect(parseWhole('0', 'Tasks', 1, 10)).toMatchObject({ error: 'Tasks must be at least 1.' });
  });
});

describe('workloads', () => {
  it('builds the uneven workload with growing darts and distinct streams', () => {
    const { task, argsList } = workloadArgs('uneven', 3);
    expect(task).toBe('samplePi');
    expect(argsList.map((a) => a[0])).toEqual([UNEVEN_UNIT, 2 * UNEVEN_UNIT, 3 * UNEVEN_UNIT]);
    expect(new Set(argsList.map((a) => a[2])).size).toBe(3);
    expect(workloadArgs('tiny', 4).argsList).toEqual([[0], [1], [2], [3]]);
  });
  it('oversubscription counts go to four times the cores', () => {
    expect(oversubscriptionCounts(2)).toEqual([1, 2, 4, 8]);
    expect(oversubscriptionCounts(1)).toEqual([1, 2, 4]);
  });
});

describe('randomDarts', () => {
  it('is reproducible and stays in range', async () => {
    const { randomDarts } = await import('./compare-params.ts');
    const a = randomDarts(50, 1000, 5000, 7);
    expect(a).toEqual(randomDarts(50, 1000, 5000, 7));
    expect(Math.min(...a)).toBeGreaterThanOrEqual(1000);
    expect(Math.max(...a)).toBeLessThanOrEqual(5000);
    expect(new Set(a).size).toBeGreaterThan(40);
  });
});
