import { describe, expect, it } from 'vitest';
import { findCrossover, throughput, type ThroughputRow } from './throughput.ts';
import type { TimingSummary } from '../../measure/stats.ts';

const t = (ms: number): TimingSummary => ({ median: ms, min: ms, max: ms, samples: [ms], noisy: false });
const timings = { uploadMs: 0, computeMs: 0, downloadMs: 0, computeMethod: 'wall-clock' as const, uploadBytes: 0, downloadBytes: 0 };
const row = (size: number, cpuRate: number, gpuRate?: number): ThroughputRow => ({
  size,
  work: size,
  cpu: { time: t(1), rate: cpuRate, text: '' },
  ...(gpuRate === undefined ? {} : { gpu: { time: t(1), rate: gpuRate, text: '', timings } }),
});

describe('throughput and the GPU crossover', () => {
  it('computes units per second', () => {
    expect(throughput(1e6, 10)).toBe(1e8);
  });

  it('finds the size where the GPU overtakes and stays ahead', () => {
    const c = findCrossover([row(1e4, 10, 1), row(1e5, 10, 5), row(1e6, 10, 20), row(1e7, 10, 80)]);
    expect(c.kind).toBe('crossover');
    if (c.kind === 'crossover') {
      expect(c.below.size).toBe(1e5);
      expect(c.from.size).toBe(1e6);
    }
  });

  it('takes the last run of wins: an early lucky win does not count', () => {
    const c = findCrossover([row(1, 10, 11), row(2, 10, 5), row(3, 10, 20)]);
    expect(c.kind === 'crossover' && c.from.size).toBe(3);
  });

  it('says when the GPU always wins, never wins, loses again at the top, or was not measured', () => {
    expect(findCrossover([row(1, 1, 2), row(2, 1, 3)]).kind).toBe('gpu-always');
    expect(findCrossover([row(1, 3, 2), row(2, 3, 1)]).kind).toBe('cpu-always');
    expect(findCrossover([row(1, 3, 2), row(2, 3, 4), row(3, 3, 1)]).kind).toBe('mixed');
    expect(findCrossover([row(1, 3), row(2, 3)]).kind).toBe('no-gpu');
  });
});
