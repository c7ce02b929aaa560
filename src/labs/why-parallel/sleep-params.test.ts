import { describe, expect, it } from 'vitest';
import { queryFromSettings, settingsFromQuery } from '../kit/settings.ts';
import { COURSE_SLEEP_PARAMS, sleepSettings } from './sleep-params.ts';

const env = { cores: 2 };
const validate = (raw: Partial<typeof COURSE_SLEEP_PARAMS>) => sleepSettings.validate({ ...COURSE_SLEEP_PARAMS, ...raw }, env);

describe('sleepSettings', () => {
  it('defaults to the course settings and accepts them', () => {
    expect(sleepSettings.defaults(env)).toEqual(COURSE_SLEEP_PARAMS);
    expect(validate({})).toEqual({ params: { tasks: 4, sleepMs: 1000, workers: 4, repeats: 1 }, errors: {} });
  });

  it('names each bad field without clamping', () => {
    const { params, errors } = validate({ tasks: '0', sleepMs: '1.5', workers: '', repeats: '21' });
    expect(params).toBeNull();
    expect(errors.tasks).toMatch(/at least 1/);
    expect(errors.sleepMs).toMatch(/whole number/);
    expect(errors.workers).toMatch(/Enter the number of workers/);
    expect(errors.repeats).toMatch(/at most 20/);
  });

  it('follows the one number rule: 1,000 is refused, 1_000 and 1e3 accepted', () => {
    expect(validate({ sleepMs: '1,000' }).errors.sleepMs).toMatch(/write 1000 or 1_000/);
    expect(validate({ sleepMs: '1_000' }).params?.sleepMs).toBe(1000);
    expect(validate({ sleepMs: '1e3' }).params?.sleepMs).toBe(1000);
  });

  it('refuses more workers than the demo starts', () => {
    expect(validate({ workers: '17' }).errors.workers).toMatch(/at most 16/);
  });

  it('refuses repeats that would spend more than 30 s in serial runs', () => {
    const { params, errors } = validate({ tasks: '8', sleepMs: '1000', workers: '4', repeats: '4' });
    expect(params).toBeNull();
    expect(errors.repeats).toMatch(/32 s/);
  });

  it('refuses a serial run longer than 20 s', () => {
    const { params, errors } = validate({ tasks: '16', sleepMs: '2000' });
    expect(params).toBeNull();
    expect(errors.tasks).toMatch(/32 s/);
  });

  it('round-trips through a lab link', () => {
    const raw = { tasks: '6', sleepMs: '200', workers: '3', repeats: '2' };
    const link = settingsFromQuery(sleepSettings, new URLSearchParams(queryFromSettings(sleepSettings, raw, true)));
    expect(link).toMatchObject({ raw, autorun: true, errors: {}, unknown: [] });
  });
});
