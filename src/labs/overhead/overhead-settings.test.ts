import { describe, expect, it } from 'vitest';
import { overheadSettings } from './overhead-settings.ts';

const validate = (raw: Partial<Record<'workers' | 'repeats' | 'calls', string>>) =>
  overheadSettings.validate({ ...overheadSettings.defaults({ cores: 2 }), ...raw }, { cores: 2 });

describe('overheadSettings', () => {
  it('accepts the defaults', () => {
    expect(validate({})).toEqual({ params: { workers: 8, repeats: 5, calls: 1000 }, errors: {} });
  });
  it('names bad fields, with the project limits', () => {
    const { params, errors } = validate({ workers: '65', repeats: '0', calls: 'many' });
    expect(params).toBeNull();
    expect(errors.workers).toMatch(/at most 64/);
    expect(errors.repeats).toMatch(/at least 1/);
    expect(errors.calls).toMatch(/whole number/);
  });
  it('follows the one number rule: 1,000 is refused, 1_000 and 1e3 accepted', () => {
    expect(validate({ calls: '1,000' }).errors.calls).toMatch(/write 1000 or 1_000/);
    expect(validate({ calls: '1_000' }).params?.calls).toBe(1000);
    expect(validate({ calls: '1e3' }).params?.calls).toBe(1000);
  });
});
