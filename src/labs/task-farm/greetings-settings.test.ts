import { describe, expect, it } from 'vitest';
import { greetingsSettings, MAX_PARALLEL, validateSeconds } from './greetings-settings.ts';

const env = { cores: 2 };
const raw = greetingsSettings.defaults(env);

describe('greetingsSettings', () => {
  it('defaults to the course: 8 at a time, 1 s each', () => {
    expect(greetingsSettings.validate(raw, env).params).toEqual({ parallel: 8, seconds: 1 });
  });
  it('refuses what cannot run', () => {
    expect(greetingsSettings.validate({ ...raw, parallel: '0' }, env).errors.parallel).toMatch(/At least 1/);
    expect(greetingsSettings.validate({ ...raw, parallel: String(MAX_PARALLEL + 1) }, env).errors.parallel).toMatch(/only 20 greetings/);
    expect(greetingsSettings.validate({ ...raw, seconds: '10' }, env).errors.seconds).toMatch(/0.05 to 5/);
    expect(greetingsSettings.validate({ ...raw, seconds: 'soon' }, env).errors.seconds).toMatch(/must be a number/);
  });
  it('follows the one number rule: 1,000 refused, 1_000 and 1e3 read as numbers', () => {
    expect(greetingsSettings.validate({ ...raw, parallel: '1,000' }, env).errors.parallel).toMatch(/write 1000 or 1_000/);
    expect(greetingsSettings.validate({ ...raw, parallel: '1_0' }, env).params?.parallel).toBe(10);
    expect(greetingsSettings.validate({ ...raw, parallel: '1e1' }, env).params?.parallel).toBe(10);
    expect(greetingsSettings.validate({ ...raw, parallel: '1e3' }, env).errors.parallel).toMatch(/At most 20/);
    expect(validateSeconds({ ...raw, seconds: '0.5' })).toBe(0.5);
    expect(validateSeconds({ ...raw, seconds: '5e-1' })).toBe(0.5);
    expect(validateSeconds({ ...raw, seconds: '.5' })).toBeNull();
  });
});
