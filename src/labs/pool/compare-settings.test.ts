import { describe, expect, it } from 'vitest';
import { MAX_WORKERS } from '../../params/limits.ts';
import { chunkListSchema, chunksizeInitial, chunksizeSettings, CHUNK_DEFAULTS, MAX_PI_DARTS, oversubscriptionSettings, piPoolSettings } from './compare-settings.ts';
import { oversubscriptionCounts, randomDarts, UNEVEN_UNIT, workloadArgs } from './workloads.ts';

const env = { cores: 2 };

describe('chunk size list', () => {
  const list = chunkListSchema(5000);
  it('reads chunk sizes with auto, in the order typed', () => {
    expect(list.parse('1, 10 100,auto')).toEqual([1, 10, 100, 'auto']);
    expect(list.parse('1_000, 1e2')).toEqual([1000, 100]);
  });
  it('names the bad entry', () => {
    const msg = (t: string) => list.safeParse(t).error?.issues[0]?.message;
    expect(msg('1, x')).toMatch(/"x" is not a whole chunk size/);
    expect(msg('0')).toMatch(/at least 1/);
    expect(msg('2, 2')).toMatch(/twice/);
    expect(msg('auto, auto')).toMatch(/twice/);
    expect(msg('9999')).toMatch(/at most 5,000/);
    expect(msg(' ')).toMatch(/at least one/);
    expect(msg('1,,2')).toMatch(/empty entry/);
    expect(msg('1,2,3,4,5,6,7,8,9')).toMatch(/At most 8/);
  });
});

describe('chunksizeSettings', () => {
  const raw = { ...chunksizeSettings.defaults(env) };
  it('builds one variant per chunk size, auto resolved as Python does', () => {
    const { params } = chunksizeSettings.validate({ ...raw, items: '500', workers: '2', chunks: '1, 50, auto' }, env);
    expect(params?.variants.map((v) => [v.label, v.chunksize])).toEqual([['chunksize 1', 1], ['chunksize 50', 50], ['auto (63)', 63]]);
  });
  it('limits items by workload', () => {
    expect(chunksizeSettings.validate({ ...raw, workload: 'uneven', items: '500' }, env).errors.items).toMatch(/At most 200/);
    expect(chunksizeSettings.validate({ ...raw, workload: 'gpu' }, env).errors.workload).toMatch(/Unknown workload/);
  });
  it('follows the one number rule: 1,000 refused, 1_000 and 1e3 accepted', () => {
    expect(chunksizeSettings.validate({ ...raw, items: '1,000' }, env).errors.items).toMatch(/write 1000 or 1_000/);
    expect(chunksizeSettings.validate({ ...raw, items: '1_000' }, env).params).not.toBeNull();
    expect(chunksizeSettings.validate({ ...raw, items: '1e3' }, env).params).not.toBeNull();
  });
  it("the lesson's workload brings its own items and chunk sizes", () => {
    expect(chunksizeInitial({ workload: 'uneven' })).toEqual({ workload: 'uneven', ...CHUNK_DEFAULTS.uneven });
    expect(chunksizeInitial({ workload: 'uneven', items: '10' })).toMatchObject({ items: '10' });
  });
});

describe('piPoolSettings', () => {
  const raw = piPoolSettings.defaults(env);
  it('compares one big sample with a pool map of the same darts', () => {
    const { params } = piPoolSettings.validate(raw, env);
    expect(params?.variants).toHaveLength(2);
    expect(params?.variants[0]).toMatchObject({ workers: 1, argsList: [[1_000_000, expect.any(Number), 0]] });
    expect(params?.variants[1]?.argsList).toHaveLength(10);
  });
  it('refuses too many darts in all, and 1,000', () => {
    expect(piPoolSettings.validate({ ...raw, tasks: '1000', darts: '1e6' }, env).errors.darts).toMatch(/400,000,000/);
    expect(MAX_PI_DARTS).toBe(4e8);
    expect(piPoolSettings.validate({ ...raw, darts: '1,000' }, env).errors.darts).toMatch(/write 1000 or 1_000/);
    expect(piPoolSettings.validate({ ...raw, darts: '1e3' }, env).params).not.toBeNull();
  });
});

describe('oversubscriptionSettings', () => {
  const raw = oversubscriptionSettings.defaults(env);
  it('defaults to 1, the cores, twice and four times them', () => {
    expect(raw.workers).toBe('1, 2, 4, 8');
    const { params } = oversubscriptionSettings.validate(raw, env);
    expect(params?.variants.map((v) => v.label)).toEqual(['1 worker', '2 workers', '4 workers (over)', '8 workers (over)']);
  });
  it('uses the kit worker-count rules and the one limit', () => {
    expect(oversubscriptionSettings.validate({ ...raw, workers: `1, ${MAX_WORKERS + 1}` }, env).errors.workers).toMatch(String(MAX_WORKERS));
    expect(oversubscriptionSettings.validate({ ...raw, workers: '2, 4' }, env).errors.workers).toMatch(/Include 1/);
    expect(oversubscriptionSettings.validate({ ...raw, workers: '1,2,3,4,5,6,7,8,9' }, env).errors.workers).toMatch(/At most 8/);
  });
});

describe('workloads', () => {
  it('builds the uneven workload with growing darts and distinct streams', () => {
    const { task, argsList } = workloadArgs('uneven', 3);
    expect(task).toBe('samplePi');
    expect(argsList.map((a) => a[0])).toEqual([UNEVEN_UNIT, 2 * UNEVEN_UNIT, 3 * UNEVEN_UNIT]);
    expect(new Set(argsList.map((a) => a[2])).size).toBe(3);
    expect(workloadArgs('tiny', 4).argsList).toEqual([[0], [1], [2], [3]]);
  });
  it('oversubscription counts go to four times the cores, within MAX_WORKERS', () => {
    expect(oversubscriptionCounts(2)).toEqual([1, 2, 4, 8]);
    expect(oversubscriptionCounts(1)).toEqual([1, 2, 4]);
    expect(Math.max(...oversubscriptionCounts(128))).toBe(MAX_WORKERS);
  });
  it('randomDarts is reproducible and stays in range', () => {
    const a = randomDarts(50, 1000, 5000, 7);
    expect(a).toEqual(randomDarts(50, 1000, 5000, 7));
    expect(Math.min(...a)).toBeGreaterThanOrEqual(1000);
    expect(Math.max(...a)).toBeLessThanOrEqual(5000);
    expect(new Set(a).size).toBeGreaterThan(40);
  });
});
