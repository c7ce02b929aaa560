import { describe, expect, it } from 'vitest';
import { TraceRecorder, MAX_TRACE_MESSAGES } from './trace.ts';

const send = (source: number, dest: number, seq: number, t: number) =>
  ({ k: 'send', source, dest, seq, tag: 0, context: 'p2p', bytes: 8, t }) as const;

describe('TraceRecorder', () => {
  it('pairs sends and receives, whichever rank reports first', () => {
    const rec = new TraceRecorder(3, 1000);
    rec.add(0, send(0, 1, 0, 1010));
    rec.add(1, { k: 'recv', source: 0, dest: 1, seq: 0, t: 1020 });
    rec.add(2, { k: 'recv', source: 0, dest: 2, seq: 0, t: 1030 }); // before its send event
    rec.add(0, send(0, 2, 0, 1012));
    const t = rec.snapshot();
    expect(t.messages.map((m) => [m.dest, m.sentAt, m.receivedAt])).toEqual([[1, 10, 20], [2, 12, 30]]);
    expect(t.totalBytes).toBe(16);
    expect(t.lastTime).toBe(30);
  });

  it('groups collective enter and exit per call', () => {
    const rec = new TraceRecorder(2, 0);
    rec.add(0, { k: 'coll', name: 'barrier', index: 0, root: 0, phase: 'enter', t: 1 });
    rec.add(1, { k: 'coll', name: 'barrier', index: 0, root: 0, phase: 'enter', t: 5 });
    rec.add(1, { k: 'coll', name: 'barrier', index: 0, root: 0, phase: 'exit', t: 6 });
    rec.add(0, { k: 'coll', name: 'barrier', index: 0, root: 0, phase: 'exit', t: 7 });
    expect(rec.snapshot().collectives).toEqual([{ name: 'barrier', index: 0, root: 0, enter: [1, 5], exit: [7, 6] }]);
  });

  it('counts but does not keep messages beyond the limit', () => {
    const rec = new TraceRecorder(2, 0);
    for (let i = 0; i < MAX_TRACE_MESSAGES + 3; i++) rec.add(0, send(0, 1, i, i));
    const t = rec.snapshot();
    expect(t.messages).toHaveLength(MAX_TRACE_MESSAGES);
    expect(t.dropped).toBe(3);
    expect(t.totalMessages).toBe(MAX_TRACE_MESSAGES + 3);
  });
});
