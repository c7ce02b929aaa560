import { describe, expect, it } from 'vitest';
import { layoutTrace, tickStep, MAX_ARROWS } from './trace-layout.ts';
import type { Trace } from '../../mpi/trace.ts';

const trace = (over: Partial<Trace> = {}): Trace => ({ size: 3, messages: [], collectives: [], dropped: 0, totalMessages: 0, totalBytes: 0, lastTime: 0, ...over });

describe('layoutTrace', () => {
  it('places lifelines evenly and arrows from send to receive time', () => {
    const l = layoutTrace(
      trace({ messages: [{ source: 2, dest: 0, seq: 0, tag: 4, context: 'p2p', bytes: 2048, sentAt: 10, receivedAt: 30 }], lastTime: 40 }),
      40,
      { width: 300, height: 200 },
    );
    expect(l.lifelines.map((x) => x.x)).toEqual([58, 164, 270]);
    const a = l.arrows[0]!;
    expect([a.x1, a.x2]).toEqual([270, 58]);
    expect(a.y1).toBeCloseTo(l.top + (l.bottom - l.top) * 0.25);
    expect(a.y2).toBeCloseTo(l.top + (l.bottom - l.top) * 0.75);
    expect(a.label).toBe('tag 4 · 2.0 KB');
    expect(a.received).toBe(true);
  });

  it('draws an unreceived message to the bottom and bands for collectives', () => {
    const l = layoutTrace(
      trace({
        messages: [{ source: 0, dest: 1, seq: 0, tag: 0, context: 'coll', collective: 'bcast', bytes: 8, sentAt: 5 }],
        collectives: [{ name: 'bcast', index: 0, root: 0, enter: [1, 2, undefined], exit: [3, undefined, undefined] }],
        lastTime: 10,
      }),
      10,
      { width: 300, height: 200 },
    );
    expect(l.arrows[0]!.y2).toBe(l.bottom);
    expect(l.arrows[0]!.received).toBe(false);
    expect(l.bands[0]!.y2).toBe(l.bottom);
    expect(l.bands[0]!.label).toBe('bcast (root 0)');
  });

  it('caps the arrows and counts the rest', () => {
    const messages = Array.from({ length: MAX_ARROWS + 5 }, (_, i) => ({ source: 0, dest: 1, seq: i, tag: 0, context: 'p2p' as const, bytes: 8, sentAt: i }));
    const l = layoutTrace(trace({ size: 2, messages, dropped: 7 }), 1000, { width: 300, height: 200 });
    expect(l.arrows).toHaveLength(MAX_ARROWS);
    expect(l.hidden).toBe(12);
    expect(l.arrows[0]!.label).toBe('');
  });

  it('draws one wait line per blocked rank', () => {
    const l = layoutTrace(trace({ size: 2 }), 100, { width: 300, height: 200 }, [
      { rank: 0, op: 'recv', from: 1, tag: 0, context: 'p2p', fromFinished: false },
      { rank: 1, op: 'recv', from: -1, tag: 0, context: 'p2p', fromFinished: false },
    ]);
    expect(l.waits.map((w) => [w.x1, w.x2, w.self])).toEqual([[58, 270, false], [270, 270, true]]);
    expect(l.waits[1]!.y).toBeGreaterThan(l.waits[0]!.y);
  });
});

describe('tickStep', () => {
  it('picks 1-2-5 steps', () => {
    expect(tickStep(100)).toBe(20);
    expect(tickStep(7)).toBe(1);
    expect(tickStep(3000)).toBe(500);
    expect(tickStep(0)).toBe(1);
  });
});
