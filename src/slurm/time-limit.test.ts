import { describe, expect, it } from 'vitest';
import { formatSlurmTime, parseTimeLimit } from './time-limit.ts';

describe('parseTimeLimit', () => {
  it('reads the six forms into minutes, seconds rounded up', () => {
    expect(['90', '5:30', '01:30:00', '1-2', '1-02:30', '1-00:00:01', '00:61:00'].map((t) => parseTimeLimit(t))).toEqual(
      [90, 6, 90, 1560, 1590, 1441, 61].map((minutes) => ({ ok: true, minutes })),
    );
    expect(parseTimeLimit('UNLIMITED')).toEqual({ ok: true, minutes: null });
  });
  it('refuses other text', () => {
    for (const t of ['abc', '5:00:00:00', '1-2:3:4:5', '', '1:-2']) expect(parseTimeLimit(t).ok).toBe(false);
  });
  it('formats elapsed times as Slurm does', () => {
    expect([5, 3725, 90_061].map(formatSlurmTime)).toEqual(['00:00:05', '01:02:05', '1-01:01:01']);
  });
});
