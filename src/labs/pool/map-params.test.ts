import { describe, expect, it } from 'vitest';
import { parseItems, validateMap } from './map-params.ts';

describe('parseItems', () => {
  it('reads numbers and ranges', () => {
    expect(parseItems('1, 2 3', 1)).toEqual({ argsList: [[1], [2], [3]] });
    expect(parseItems('1..4, -1.5', 1)).toEqual({ argsList: [[1], [2], [3], [4], [-1.5]] });
  });
  it('reads tuples for starmap', () => {
    expect(parseItems('(2, 10), (3 2)', 2)).toEqual({ argsList: [[2, 10], [3, 2]] });
  });
  it('says what is wrong', () => {
    expect(parseItems('', 1)).toEqual({ error: 'Enter at least one item.' });
    expect(parseItems('1, two', 1)).toMatchObject({ error: expect.stringMatching(/"two" is not a number/) });
    expect(parseItems('5..1', 1)).toMatchObject({ error: expect.stringMatching(/backwards/) });
    expect(parseItems('1..30000', 1)).toMatchObject({ error: expect.stringMatching(/At most/) });
    expect(parseItems('(1), (2, 3)', 2)).toMatchObject({ error: expect.stringMatching(/exactly 2 numbers/) });
    expect(parseItems('2, 3', 2)).toMatchObject({ error: expect.stringMatching(/tuple/) });
  });
});

describe('validateMap', () => {
  it('accepts a blank chunk size as the default', () => {
    const { params } = validateMap({ task: 'square', items: '1..10', workers: '4', chunksize: '' });
    expect(params).toMatchObject({ task: 'square', workers: 4, chunksize: undefined });
    expect(params?.argsList).toHaveLength(10);
  });
  it('gives a message per field', () => {
    const { params, errors } = validateMap({ task: 'square', items: 'x', workers: '0', chunksize: '1.5' });
    expect(params).toBeNull();
    expect(errors.items).toBeDefined();
    expect(errors.workers).toMatch(/at least 1/);
    expect(errors.chunksize).toMatch(/whole number/);
    expect(validateMap({ task: 'rm', items: '1', workers: '1', chunksize: '' }).errors.task).toMatch(/Unknown task/);
  });
});
