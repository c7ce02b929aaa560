import { describe, expect, it } from 'vitest';
import { defaultWorkerCounts, estimateSweepSeconds, queryFromParams, rawParamsFromQuery, validateLabParams } from './lab-params.ts';

const v = (q: string, cores = 4) => validateLabParams(rawParamsFromQuery(new URLSearchParams(q)), cores);

describe('lab link parameters', () => {
  it('accepts a full valid link', () => {
    const { params, errors } = v('kernel=pi&n=1000000&workers=1,2,4&repeats=5&seed=7&autorun=1');
    expect(errors).toEqual({});
    expect(params).toEqual({ kernel: 'pi', n: 1_000_000, workers: [1, 2, 4], repeats: 5, seed: 7, autorun: true });
  });

  it('fills absent fields with this machine\'s defaults', () => {
    const { params } = v('', 4);
    expect(params).toMatchObject({ kernel: 'integrate', n: 10000, workers: [1, 2, 4, 8], repeats: 3, autorun: false });
  });

  it('default worker counts go to twice the cores, at most 64', () => {
    expect(defaultWorkerCounts(2)).toEqual([1, 2, 4]);
    expect(defaultWorkerCounts(1)).toEqual([1, 2]);
    expect(defaultWorkerCounts(128)).toEqual([1, 2, 4, 8, 16, 32, 64]);
  });

  it.each([
    ['n=-5', 'n', /at least 1/],
    ['n=abc', 'n', /whole number/],
    ['n=12.5', 'n', /whole number/],
    ['n=', 'n', /Enter/],
    ['n=1000000', 'n', /too long|smaller n/],
    ['kernel=fft', 'kernel', /Unknown kernel/],
    ['workers=0,1', 'workers', /start at 1/],
    ['workers=1,1000', 'workers', /too many/],
    ['workers=1,two', 'workers', /not a whole number/],
    ['workers=2,4', 'workers', /Include 1/],
    ['workers=1,2,2', 'workers', /twice/],
    ['repeats=0', 'repeats', /at least 1/],
    ['repeats=500', 'repeats', /At most/],
    ['seed=-1', 'seed', /0 or more/],
    ['autorun=maybe', 'autorun', /autorun/],
  ])('%s gives a message on the %s field and nothing to run', (query, field, message) => {
    const { params, errors } = v(query);
    expect(params).toBeNull();
    expect(errors[field as keyof typeof errors]).toMatch(message);
  });

  it('refuses a sweep that would take too long, saying how long', () => {
    const { params, errors } = v('kernel=integrate&n=50000&workers=1,2&repeats=20', 2);
    expect(params).toBeNull();
    expect(errors.n).toMatch(/minutes/);
  });

  it('estimates sweep time from work, repeats and cores', () => {
    const s = estimateSweepSeconds({ kernel: 'integrate', n: 10_000, workers: [1, 2], repeats: 3 }, 2);
    expect(s).toBeCloseTo(4 * 1 + 4 * 0.5);
  });

  it('round-trips through a link', () => {
    const params = { kernel: 'pi' as const, n: 500, workers: [1, 3], repeats: 2, seed: 9 };
    const back = v(queryFromParams(params, true));
    expect(back.params).toEqual({ ...params, autorun: true });
  });
});
