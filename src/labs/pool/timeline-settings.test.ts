import { describe, expect, it } from 'vitest';
import { dartsFor, timelineSettings } from './timeline-settings.ts';

const env = { cores: 2 };
const raw = timelineSettings.defaults(env);

describe('timelineSettings', () => {
  it('builds the tasks of each size pattern', () => {
    expect(dartsFor('equal', 3, 100)).toEqual([100, 100, 100]);
    expect(dartsFor('one-big', 3, 100)).toEqual([100, 100, 300]);
    const random = dartsFor('random', 20, 1000);
    expect(Math.min(...random)).toBeGreaterThanOrEqual(250);
    expect(Math.max(...random)).toBeLessThanOrEqual(1750);
    const { params } = timelineSettings.validate(raw, env);
    expect(params).toMatchObject({ sizes: 'random', workers: 2, chunksize: 1 });
    expect(params?.argsList).toHaveLength(24);
  });
  it('follows the one number rule and names the bad field', () => {
    expect(timelineSettings.validate({ ...raw, darts: '1,000' }, env).errors.darts).toMatch(/write 1000 or 1_000/);
    expect(timelineSettings.validate({ ...raw, darts: '1_000' }, env).params).not.toBeNull();
    expect(timelineSettings.validate({ ...raw, darts: '1e3' }, env).params).not.toBeNull();
    expect(timelineSettings.validate({ ...raw, workers: '0' }, env).errors.workers).toMatch(/at least 1/);
    expect(timelineSettings.validate({ ...raw, sizes: 'huge' }, env).errors.sizes).toMatch(/Unknown task sizes/);
  });
});
