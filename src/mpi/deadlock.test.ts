import { describe, expect, it } from 'vitest';
import { describeWait, detectDeadlock, findCycle, type RankView } from './deadlock.ts';

const blocked = (source: number, arrivedFrom: number[], op = 'recv'): RankView => ({
  state: 'blocked',
  waits: [{ op, source, tag: 0, context: 'p2p' }],
  arrivedFrom,
});

describe('detectDeadlock', () => {
  it('finds two ranks receiving from each other', () => {
    const r = detectDeadlock([blocked(1, [0, 0]), blocked(0, [0, 0])], [[0, 0], [0, 0]]);
    expect(r?.cycle).toEqual([0, 1, 0]);
    expect(r?.waits.map(describeWait)).toEqual(['rank 0 waits in recv for rank 1 (tag 0)', 'rank 1 waits in recv for rank 0 (tag 0)']);
  });

  it('is not fooled while a message is in flight or a rank runs', () => {
    expect(detectDeadlock([blocked(1, [0, 0]), blocked(0, [0, 0])], [[0, 1], [0, 0]])).toBeNull();
    expect(detectDeadlock([blocked(1, [0, 0]), { state: 'running', waits: [], arrivedFrom: [0, 0] }], [[0, 0], [0, 0]])).toBeNull();
    expect(detectDeadlock([{ state: 'done', waits: [], arrivedFrom: [] }], [[0]])).toBeNull();
  });

  it('notes a wait for a rank that has finished', () => {
    const r = detectDeadlock([blocked(1, [0, 3]), { state: 'done', waits: [], arrivedFrom: [0, 0] }], [[0, 0], [3, 0]]);
    expect(r?.waits[0]?.fromFinished).toBe(true);
    expect(describeWait(r!.waits[0]!)).toBe('rank 0 waits in recv for rank 1 (tag 0), which has finished');
    expect(r?.cycle).toEqual([]);
  });
});

describe('findCycle', () => {
  it('finds a 3-cycle and ignores ANY_SOURCE edges', () => {
    expect(findCycle(4, [{ rank: 0, from: 3 }, { rank: 3, from: 2 }, { rank: 2, from: 0 }])).toEqual([0, 3, 2, 0]);
    expect(findCycle(2, [{ rank: 0, from: -1 }, { rank: 1, from: 0 }])).toEqual([]);
  });
});
