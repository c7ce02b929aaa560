import { describe, expect, it } from 'vitest';
import { collectWays } from './order.ts';

describe('collectWays', () => {
  it('gives map everything at the end, imap in order as soon as possible, imap_unordered in completion order', () => {
    const [map, imap, unordered] = collectWays([{ item: 0, end: 400 }, { item: 1, end: 300 }, { item: 2, end: 200 }, { item: 3, end: 100 }]);
    expect(map).toEqual({ way: 'map', order: [0, 1, 2, 3], at: [400, 400, 400, 400] });
    expect(imap!.at).toEqual([400, 400, 400, 400]);
    expect(unordered).toEqual({ way: 'imap_unordered', order: [3, 2, 1, 0], at: [100, 200, 300, 400] });
    const [, imap2] = collectWays([{ item: 0, end: 50 }, { item: 1, end: 300 }, { item: 2, end: 200 }]);
    expect(imap2!.at).toEqual([50, 300, 300]);
  });
});

describe('the pool-lifecycle settings', () => {
  it('accept their defaults and name the wrong field', async () => {
    const { orderSettings, bigArgumentSettings } = await import('./settings.ts');
    const env = { cores: 2 };
    expect(orderSettings.validate(orderSettings.defaults(env), env).params).toEqual({ items: 4, step: 100, workers: 4 });
    expect(bigArgumentSettings.validate(bigArgumentSettings.defaults(env), env).params).toEqual({ mb: 4, tasks: 32, workers: 2, repeats: 3 });
    expect(orderSettings.validate({ items: '1', step: '100', workers: '4' }, env).errors).toHaveProperty('items');
    expect(bigArgumentSettings.validate({ mb: '0', tasks: '16', workers: '2', repeats: '3' }, env).errors).toHaveProperty('mb');
  });
});
