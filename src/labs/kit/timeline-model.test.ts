import { describe, expect, it } from 'vitest';
import { busyTime, clampView, formatDuration, laneStats, niceTicks, timelineRun, zoomView } from './timeline-model.ts';

describe('busyTime and laneStats', () => {
  it('counts overlapping intervals once and leaves idle gaps out', () => {
    expect(busyTime([{ start: 0, end: 10 }, { start: 5, end: 15 }, { start: 20, end: 30 }])).toBe(25);
    expect(busyTime([])).toBe(0);
    expect(busyTime([{ start: 0, end: 10 }], 5, 8)).toBe(3);
  });
  it('gives utilisation = busy / wall per worker, 0 for an idle lane', () => {
    const stats = laneStats(
      [
        { worker: 0, task: 0, start: 0, end: 50 },
        { worker: 0, task: 2, start: 60, end: 100 },
        { worker: 1, task: 1, start: 0, end: 25 },
      ],
      3,
      100,
    );
    expect(stats.map((s) => s.utilisation)).toEqual([0.9, 0.25, 0]);
    expect(stats.map((s) => s.tasks)).toEqual([2, 1, 0]);
  });
});

describe('niceTicks', () => {
  it('picks round steps', () => {
    expect(niceTicks(0, 1000, 5)).toEqual([0, 200, 400, 600, 800, 1000]);
    expect(niceTicks(0, 3000, 6)).toEqual([0, 500, 1000, 1500, 2000, 2500, 3000]);
    expect(niceTicks(0.3, 0.9, 3)).toEqual([0.4, 0.6, 0.8]);
    expect(niceTicks(5, 5)).toEqual([]);
  });
});

describe('zoomView', () => {
  it('zooms around the anchor and stays inside the run', () => {
    expect(zoomView({ start: 0, end: 100 }, 0.5, 50, 100)).toEqual({ start: 25, end: 75 });
    expect(zoomView({ start: 0, end: 100 }, 0.5, 0, 100)).toEqual({ start: 0, end: 50 });
    expect(zoomView({ start: 25, end: 75 }, 4, 50, 100)).toEqual({ start: 0, end: 100 });
    expect(zoomView({ start: 0, end: 100 }, 0.001, 50, 100, 2)).toEqual({ start: 49, end: 51 });
  });
  it('clampView shifts a window back into range', () => {
    expect(clampView({ start: 90, end: 120 }, 100)).toEqual({ start: 70, end: 100 });
    expect(clampView({ start: -10, end: 20 }, 100)).toEqual({ start: 0, end: 30 });
  });
});

describe('formatDuration', () => {
  it('reads well at every scale', () => {
    expect(formatDuration(0.25)).toBe('250 µs');
    expect(formatDuration(3.456)).toBe('3.46 ms');
    expect(formatDuration(1001)).toBe('1.00 s');
    expect(formatDuration(125_000)).toBe('2 min 05 s');
  });
});

describe('timelineRun', () => {
  it('measures wall time from the run start to the last end, and the busy time of all tasks', () => {
    const records = [
      { worker: 1, task: 1, start: 101, end: 1103 },
      { worker: 0, task: 0, start: 100, end: 1102 },
      { worker: 0, task: 2, start: 1102, end: 2104 },
    ];
    const run = timelineRun(records, 2, 100, 2105);
    expect(run.wall).toBe(2005);
    expect(run.busy).toBe(1002 * 3);
    expect(run.lanes).toBe(2);
    expect(run.bars.map((b) => [b.worker, b.task])).toEqual([[0, 0], [0, 2], [1, 1]]);
    expect(run.bars[0]).toEqual({ worker: 0, task: 0, start: 0, end: 1002 });
  });

  it('uses the last task end when the run resolved earlier than recorded', () => {
    expect(timelineRun([{ worker: 0, task: 0, start: 0, end: 50 }], 1, 0, 40).wall).toBe(50);
  });

  it('rejects empty runs and reversed records', () => {
    expect(() => timelineRun([], 1, 0, 0)).toThrow(RangeError);
    expect(() => timelineRun([{ worker: 0, task: 0, start: 10, end: 5 }], 1, 0, 10)).toThrow(/before it starts/);
  });
});
