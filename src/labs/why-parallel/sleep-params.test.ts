import { describe, expect, it } from 'vitest';
import { COURSE_SLEEP_PARAMS, idealSleepWallMs, validateSleepParams } from './sleep-params.ts';

describe('validateSleepParams', () => {
  it('accepts the course settings', () => {
    expect(validateSleepParams(COURSE_SLEEP_PARAMS)).toEqual({ params: { tasks: 4, sleepMs: 1000, workers: 4, repeats: 1 }, errors: {} });
  });

  it('names each bad field without clamping', () => {
    const { params, errors } = validateSleepParams({ tasks: '0', sleepMs: '1.5', workers: '', repeats: '9' });
    expect(params).toBeUndefined();
    expect(errors.tasks).toMatch(/from 1 to 16, got 0/);
    expect(errors.sleepMs).toMatch(/whole number/);
    expect(errors.workers).toMatch(/Enter the number of workers/);
    expect(errors.repeats).toMatch(/from 1 to 5, got 9/);
  });

  it('refuses repeats that would spend more than 30 s in serial runs', () => {
    const { params, errors } = validateSleepParams({ tasks: '8', sleepMs: '1000', workers: '4', repeats: '4' });
    expect(params).toBeUndefined();
    expect(errors.repeats).toMatch(/32 s/);
  });

  it('refuses a serial run longer than 20 s', () => {
    const { params, errors } = validateSleepParams({ tasks: '16', sleepMs: '2000', workers: '4', repeats: '1' });
    expect(params).toBeUndefined();
    expect(errors.tasks).toMatch(/32 s/);
  });
});

describe('idealSleepWallMs', () => {
  it('is tasks x sleep serially and one round per share in parallel', () => {
    expect(idealSleepWallMs(4, 1000, 1)).toBe(4000);
    expect(idealSleepWallMs(4, 1000, 4)).toBe(1000);
    expect(idealSleepWallMs(5, 1000, 4)).toBe(2000);
    expect(idealSleepWallMs(4, 1000, 8)).toBe(1000);
  });

  it('rejects impossible inputs', () => {
    expect(() => idealSleepWallMs(0, 1000, 1)).toThrow(RangeError);
    expect(() => idealSleepWallMs(4, 0, 1)).toThrow(RangeError);
    expect(() => idealSleepWallMs(4, 1000, 1.5)).toThrow(RangeError);
  });
});
