import { describe, expect, it } from 'vitest';
import { FrameLog, frameIntervalMs, frameStats } from './frame-stats.ts';

const every = (from: number, to: number, step: number): number[] => {
  const out: number[] = [];
  for (let t = from; t <= to; t += step) out.push(t);
  return out;
};

describe('frameIntervalMs', () => {
  it('is the median gap, robust to a late frame', () => {
    expect(frameIntervalMs([0, 16, 32, 48, 200, 216])).toBe(16);
  });
  it('needs two frames', () => {
    expect(() => frameIntervalMs([5])).toThrow(RangeError);
  });
});

describe('frameStats', () => {
  it('sees no dropped frames when the page kept drawing', () => {
    const s = frameStats(every(0, 2000, 16), 500, 1500, 16);
    expect(s.expected).toBe(62);
    expect(s.drawn).toBeGreaterThanOrEqual(62);
    expect(s.dropped).toBe(0);
    expect(s.longestGapMs).toBe(16);
  });

  it('sees every frame dropped and one long gap when the main thread was blocked', () => {
    const frames = [...every(0, 496, 16), 1520, 1536];
    const s = frameStats(frames, 500, 1500, 16);
    expect(s.drawn).toBe(0);
    expect(s.dropped).toBe(62);
    expect(s.droppedFraction).toBe(1);
    expect(s.longestGapMs).toBe(1520 - 496);
  });

  it('counts a stutter: frames between long tasks', () => {
    const frames = [0, 16, 116, 216, 316];
    const s = frameStats(frames, 10, 300, 16);
    expect(s.drawn).toBe(3);
    expect(s.expected).toBe(18);
    expect(s.longestGapMs).toBe(100);
  });

  it('measures the gap to the run boundaries when no frame lies outside it', () => {
    expect(frameStats([], 0, 800, 16).longestGapMs).toBe(800);
  });

  it('rejects a reversed run or a zero interval', () => {
    expect(() => frameStats([], 10, 5, 16)).toThrow(RangeError);
    expect(() => frameStats([], 0, 5, 0)).toThrow(RangeError);
  });
});

describe('FrameLog', () => {
  it('keeps the last frames up to its capacity', () => {
    const log = new FrameLog(3);
    [1, 2, 3, 4, 5].forEach((t) => log.record(t));
    expect(log.count).toBe(3);
    expect(log.since()).toEqual([3, 4, 5]);
    expect(log.since(4)).toEqual([4, 5]);
    expect(log.last(2)).toEqual([4, 5]);
  });
});
