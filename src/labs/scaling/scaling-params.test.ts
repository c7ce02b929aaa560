import { describe, expect, it } from 'vitest';
import { defaultScalingRaw, defaultScalingWorkers, estimateScalingSeconds, scalingSettings, type RawScalingParams } from './scaling-params.ts';

const validateScalingParams = (raw: Partial<RawScalingParams>, cores: number) => scalingSettings.validate({ ...defaultScalingRaw(cores), ...raw }, { cores });

describe('scalingSettings', () => {
  it('accepts the defaults', () => {
    const { params, errors } = validateScalingParams(defaultScalingRaw(2), 2);
    expect(errors).toEqual({});
    expect(params).toEqual({ serialFraction: 0.1, work: 20_000_000, mode: 'strong', workers: [1, 2], repeats: 3 });
  });
  it('sorts worker counts and reads 2e7-style work', () => {
    const { params } = validateScalingParams({ workers: '4, 1 2', work: '2e6' }, 4);
    expect(params?.workers).toEqual([1, 2, 4]);
    expect(params?.work).toBe(2_000_000);
  });
  it.each([
    ['serialFraction', '1.5', /cannot exceed 1/],
    ['serialFraction', '-0.1', /between 0 and 1/],
    ['serialFraction', 'abc', /must be a number/],
    ['serialFraction', '', /Enter the serial fraction/],
    ['serialFraction', '0,5', /must be a number/],
    ['work', '10', /at least 100,000/],
    ['work', '1.5', /whole number/],
    ['mode', 'medium', /strong scaling/],
    ['workers', '2,4', /Include 1/],
    ['workers', '1', /count above 1/],
    ['workers', '1,1,2', /listed twice/],
    ['workers', '1,x', /"x" is not a whole worker count/],
    ['workers', '1,0', /start at 1/],
    ['workers', '1,65', /too many: at most 64/],
    ['repeats', '0', /at least 1/],
    ['repeats', '21', /At most 20/],
  ] as const)('%s = %j gives a message for that field', (field, value, message) => {
    const { params, errors } = validateScalingParams({ [field]: value }, 2);
    expect(params).toBeNull();
    expect(errors[field]).toMatch(message);
    expect(Object.keys(errors)).toEqual([field]);
  });
  it('follows the one number rule: 1,000 is refused, 1_000 and 1e3 accepted', () => {
    expect(validateScalingParams({ work: '1,000,000' }, 2).errors.work).toMatch(/write 1000000 or 1_000_000/);
    expect(validateScalingParams({ work: '1_000_000' }, 2).params?.work).toBe(1_000_000);
    expect(validateScalingParams({ work: '1e6' }, 2).params?.work).toBe(1_000_000);
    expect(validateScalingParams({ repeats: '1e1' }, 2).params?.repeats).toBe(10);
  });
  it('refuses a sweep that would take too long, on the work field', () => {
    const { params, errors } = validateScalingParams({ work: '2000000000', repeats: '20' }, 2);
    expect(params).toBeNull();
    expect(errors.work).toMatch(/would take about/);
  });
});

describe('estimateScalingSeconds', () => {
  it('charges weak scaling for the growing parallel part', () => {
    const base = { serialFraction: 0, work: 1e8, workers: [1, 4], repeats: 1 };
    expect(estimateScalingSeconds({ ...base, mode: 'strong' }, 4)).toBeCloseTo(2 * (1 + 0.25), 6);
    expect(estimateScalingSeconds({ ...base, mode: 'weak' }, 4)).toBeCloseTo(2 * (1 + 1), 6);
  });
});

describe('defaultScalingWorkers', () => {
  it('goes in powers of two up to the cores and includes the core count', () => {
    expect(defaultScalingWorkers(1)).toEqual([1, 2]);
    expect(defaultScalingWorkers(2)).toEqual([1, 2]);
    expect(defaultScalingWorkers(6)).toEqual([1, 2, 4, 6]);
    expect(defaultScalingWorkers(8)).toEqual([1, 2, 4, 8]);
  });
});
