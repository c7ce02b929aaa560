import { describe, expect, it } from 'vitest';
import { MatchingEngine, matches, type Envelope } from './matching.ts';
import { ANY_SOURCE, ANY_TAG } from './constants.ts';

const msg = (source: number, tag: number, payload: unknown, context: 'p2p' | 'coll' = 'p2p'): Envelope => ({
  source, dest: 0, tag, context, seq: 0, sentAt: 0, bytes: 0, payload,
});

describe('matches', () => {
  it('honours wildcards and keeps contexts apart', () => {
    expect(matches({ source: 1, tag: 2, context: 'p2p' }, msg(1, 2, null))).toBe(true);
    expect(matches({ source: 1, tag: 2, context: 'p2p' }, msg(1, 3, null))).toBe(false);
    expect(matches({ source: 1, tag: 2, context: 'p2p' }, msg(2, 2, null))).toBe(false);
    expect(matches({ source: ANY_SOURCE, tag: ANY_TAG, context: 'p2p' }, msg(5, 9, null))).toBe(true);
    expect(matches({ source: ANY_SOURCE, tag: ANY_TAG, context: 'p2p' }, msg(5, 9, null, 'coll'))).toBe(false);
  });
});

describe('MatchingEngine', () => {
  it('a receive takes the earliest matching queued message', () => {
    const e = new MatchingEngine(3);
    e.arrive(msg(1, 0, 'a'));
    e.arrive(msg(2, 0, 'b'));
    e.arrive(msg(1, 0, 'c'));
    const got: unknown[] = [];
    e.post({ spec: { source: 1, tag: 0, context: 'p2p' }, deliver: (m) => got.push(m.payload) });
    e.post({ spec: { source: ANY_SOURCE, tag: 0, context: 'p2p' }, deliver: (m) => got.push(m.payload) });
    e.post({ spec: { source: 1, tag: 0, context: 'p2p' }, deliver: (m) => got.push(m.payload) });
    expect(got).toEqual(['a', 'b', 'c']);
    expect(e.pendingMessages).toBe(0);
  });

  it('a message goes to the earliest matching posted receive', () => {
    const e = new MatchingEngine(3);
    const got: string[] = [];
    e.post({ spec: { source: 2, tag: 0, context: 'p2p' }, deliver: () => got.push('from 2') });
    e.post({ spec: { source: ANY_SOURCE, tag: ANY_TAG, context: 'p2p' }, deliver: () => got.push('any') });
    e.post({ spec: { source: 1, tag: 0, context: 'p2p' }, deliver: () => got.push('from 1') });
    expect(e.arrive(msg(1, 0, null))).toBe(true);
    expect(got).toEqual(['any']);
    e.arrive(msg(1, 0, null));
    e.arrive(msg(2, 0, null));
    expect(got).toEqual(['any', 'from 1', 'from 2']);
    expect(e.pendingReceives).toBe(0);
  });

  it('counts arrivals per source and probes without consuming', () => {
    const e = new MatchingEngine(3);
    e.arrive(msg(2, 4, 'x'));
    e.arrive(msg(2, 4, 'y'));
    expect(e.arrivedFrom).toEqual([0, 0, 2]);
    expect(e.probe({ source: 2, tag: 4, context: 'p2p' })?.payload).toBe('x');
    expect(e.probe({ source: 1, tag: 4, context: 'p2p' })).toBeUndefined();
    expect(e.pendingMessages).toBe(2);
  });
});
