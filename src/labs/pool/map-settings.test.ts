import { describe, expect, it } from 'vitest';
import { MAX_WORKERS } from '../../params/limits.ts';
import { queryFromSettings, settingsFromQuery } from '../kit/settings.ts';
import { DEFAULT_ITEMS, mapInitial, mapSettings, parseItems } from './map-settings.ts';

const env = { cores: 4 };
const raw = (over: Partial<Record<'task' | 'items' | 'workers' | 'chunksize', string>> = {}) => ({ ...mapSettings.defaults(env), ...over });

describe('parseItems', () => {
  it('reads numbers and ranges', () => {
    expect(parseItems('1, 2 3', 1)).toEqual({ ok: true, value: [[1], [2], [3]] });
    expect(parseItems('1..4, -1.5', 1)).toEqual({ ok: true, value: [[1], [2], [3], [4], [-1.5]] });
    expect(parseItems('1_000, 1e3, 2.5e1', 1)).toEqual({ ok: true, value: [[1000], [1000], [25]] });
  });
  it('reads tuples for starmap', () => {
    expect(parseItems('(2, 10), (3 2)', 2)).toEqual({ ok: true, value: [[2, 10], [3, 2]] });
    expect(parseItems(DEFAULT_ITEMS.power, 2)).toMatchObject({ ok: true, value: [[2, 10], [3, 2], [10, -1], [2, 0.5]] });
  });
  it('says what is wrong', () => {
    expect(parseItems('', 1)).toEqual({ ok: false, error: 'Enter at least one item.' });
    expect(parseItems('1, two', 1)).toMatchObject({ error: expect.stringMatching(/"two" is not a number/) });
    expect(parseItems('1,,2', 1)).toMatchObject({ error: expect.stringMatching(/empty entry/) });
    expect(parseItems('5..1', 1)).toMatchObject({ error: expect.stringMatching(/backwards/) });
    expect(parseItems('1.5..3', 1)).toMatchObject({ error: expect.stringMatching(/whole number/) });
    expect(parseItems('1..30000', 1)).toMatchObject({ error: expect.stringMatching(/At most 20,000/) });
    expect(parseItems('(1), (2, 3)', 2)).toMatchObject({ error: expect.stringMatching(/exactly 2 numbers/) });
    expect(parseItems('(1, x)', 2)).toMatchObject({ error: expect.stringMatching(/"x" is not a number/) });
    expect(parseItems('2, 3', 2)).toMatchObject({ error: expect.stringMatching(/tuple/) });
  });
});

describe('mapSettings', () => {
  it('accepts a blank chunk size as the default', () => {
    const { params } = mapSettings.validate(raw({ items: '1..10', workers: '4', chunksize: '' }), env);
    expect(params).toMatchObject({ task: 'square', workers: 4, chunksize: undefined });
    expect(params?.argsList).toHaveLength(10);
  });
  it('gives a message per field', () => {
    const { params, errors } = mapSettings.validate(raw({ items: 'x', workers: '0', chunksize: '1.5' }), env);
    expect(params).toBeNull();
    expect(errors.items).toBeDefined();
    expect(errors.workers).toMatch(/at least 1/);
    expect(errors.chunksize).toMatch(/whole number/);
    expect(mapSettings.validate(raw({ task: 'rm' }), env).errors.task).toMatch(/Unknown task/);
  });
  it('follows the one number rule: 1,000 refused, 1_000 and 1e3 accepted', () => {
    expect(mapSettings.validate(raw({ chunksize: '1,000' }), env).errors.chunksize).toMatch(/write 1000 or 1_000/);
    expect(mapSettings.validate(raw({ chunksize: '1_000' }), env).params?.chunksize).toBe(1000);
    expect(mapSettings.validate(raw({ chunksize: '1e3' }), env).params?.chunksize).toBe(1000);
  });
  it('takes its worker limit from src/params/limits.ts', () => {
    expect(mapSettings.validate(raw({ workers: String(MAX_WORKERS) }), env).params?.workers).toBe(MAX_WORKERS);
    expect(mapSettings.validate(raw({ workers: String(MAX_WORKERS + 1) }), env).errors.workers).toMatch(String(MAX_WORKERS));
  });
  it('a task given alone brings its default items', () => {
    expect(mapInitial({ task: 'power' })).toEqual({ task: 'power', items: DEFAULT_ITEMS.power });
    expect(mapInitial({ task: 'power', items: '(1, 2)' })).toEqual({ task: 'power', items: '(1, 2)' });
    expect(mapInitial(undefined)).toEqual({});
  });
  it('round-trips through a lab link', () => {
    const r = raw({ task: 'slowSquare', items: DEFAULT_ITEMS.slowSquare, chunksize: '1' });
    const back = settingsFromQuery(mapSettings, new URLSearchParams(queryFromSettings(mapSettings, r, true)));
    expect(back).toMatchObject({ raw: r, autorun: true, errors: {}, unknown: [] });
  });
});
