import { describe, expect, it } from 'vitest';
import { summarizeSleepRun } from './sleep-timeline.ts';

describe('summarizeSleepRun', () => {
  it('measures wall time from the run start to the last end, and the busy time of all tasks', () => {
    const records = [
      { worker: 1, task: 1, start: 101, end: 1103 },
      { worker: 0, task: 0, start: 100, end: 1102 },
      { worker: 0, task: 2, start: 1102, end: 2104 },
    ];
    const s = summarizeSleepRun(records, 2, 100, 2105);
    expect(s.wallMs).toBe(2005);
    expect(s.busyMs).toBe(1002 * 3);
    expect(s.bars.map((b) => [b.worker, b.task])).toEqual([[0, 0], [0, 2], [1, 1]]);
    expect(s.bars[0]).toEqual({ worker: 0, task: 0, from: 0, to: 1002 });
  });

  it('uses the last task end when the run resolved earlier than recorded', () => {
    expect(summarizeSleepRun([{ worker: 0, task: 0, start: 0, end: 50 }], 1, 0, 40).wallMs).toBe(50);
  });

  it('rejects empty runs and reversed records', () => {
    expect(() => summarizeSleepRun([], 1, 0, 0)).toThrow(RangeError);
    expect(() => summarizeSleepRun([{ worker: 0, task: 0, start: 10, end: 5 }], 1, 0, 10)).toThrow(/before it starts/);
  });
});
