import { describe, expect, it } from 'vitest';
import { DEFAULT_IO_PARAMS, ioSettings } from './io-settings.ts';

const validate = (raw: Partial<typeof DEFAULT_IO_PARAMS>) => ioSettings.validate({ ...DEFAULT_IO_PARAMS, ...raw }, { cores: 2 });

describe('ioSettings', () => {
  it('accepts the defaults', () => {
    expect(validate({}).params).toEqual({ requests: 8, latencyMs: 250, concurrency: 4, repeats: 1 });
  });
  it('names bad fields', () => {
    const { params, errors } = validate({ requests: 'x', latencyMs: '0', concurrency: '' });
    expect(params).toBeNull();
    expect(errors.requests).toMatch(/whole number/);
    expect(errors.latencyMs).toMatch(/at least 1/);
    expect(errors.concurrency).toMatch(/Enter the requests at a time/);
  });
  it('follows the one number rule: 1,000 is refused, 1_000 and 1e3 accepted', () => {
    expect(validate({ latencyMs: '1,000' }).errors.latencyMs).toMatch(/write 1000 or 1_000/);
    expect(validate({ latencyMs: '1_000' }).params?.latencyMs).toBe(1000);
    expect(validate({ latencyMs: '1e3' }).params?.latencyMs).toBe(1000);
  });
  it('refuses more requests at a time than the worker limit', () => {
    expect(validate({ concurrency: '65' }).errors.concurrency).toMatch(/at most 64/);
  });
  it('refuses a sequential run over 20 s, and repeats over 30 s', () => {
    expect(validate({ requests: '64', latencyMs: '2000' }).errors.requests).toMatch(/128 s/);
    expect(validate({ requests: '40', latencyMs: '250', repeats: '4' }).errors.repeats).toMatch(/40 s/);
  });
});
