import { describe, expect, it } from 'vitest';
import { queryFromSettings } from '../kit/settings.ts';
import { freezeSettings, modeSetOf } from './freeze-settings.ts';

const env = { cores: 8 };
const validate = (raw: Partial<Record<'modes' | 'workers', string>>) => freezeSettings.validate({ ...freezeSettings.defaults(env), ...raw }, env);

describe('freezeSettings', () => {
  it('offers all three modes on up to 4 workers by default', () => {
    expect(freezeSettings.defaults(env)).toEqual({ modes: 'main,async,workers', workers: '4' });
    expect(freezeSettings.defaults({ cores: 1 }).workers).toBe('2');
    expect(validate({}).params).toEqual({ modes: ['main', 'async', 'workers'], workers: 4 });
  });
  it('maps a lesson modes prop onto the setting', () => {
    expect(modeSetOf(['main', 'async'])).toBe('main,async');
    expect(modeSetOf(['main', 'workers'])).toBe('main,workers');
    expect(modeSetOf(['workers', 'main'])).toBeUndefined();
  });
  it('refuses an unknown comparison and a bad worker count', () => {
    expect(validate({ modes: 'main,gpu' }).errors.modes).toMatch(/Unknown comparison/);
    expect(validate({ workers: '0' }).errors.workers).toMatch(/at least 1/);
    expect(validate({ workers: '65' }).errors.workers).toMatch(/at most 64/);
  });
  it('follows the one number rule: 1,000 is refused, 1_0 and 1e1 accepted', () => {
    expect(validate({ workers: '1,000' }).errors.workers).toMatch(/write 1000 or 1_000/);
    expect(validate({ workers: '1_0' }).params?.workers).toBe(10);
    expect(validate({ workers: '1e1' }).params?.workers).toBe(10);
  });
  it('ignores the worker count when no worker run is offered', () => {
    expect(validate({ modes: 'main,async', workers: 'x' })).toEqual({ params: { modes: ['main', 'async'], workers: 2 }, errors: {} });
    expect(queryFromSettings(freezeSettings, { modes: 'main,async', workers: '4' })).toBe('modes=main,async');
  });
});
