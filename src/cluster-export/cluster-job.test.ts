import { describe, expect, it } from 'vitest';
import { clusterJob, slurmTime, wallTimeSeconds, type SpeedupExperiment } from './cluster-job.ts';

const LAB = { id: 'speedup', title: 'Speedup lab' };
const experiment = (over: Partial<SpeedupExperiment> = {}): SpeedupExperiment => ({ kind: 'speedup', kernel: 'integrate', n: 2000, seed: 12345, workers: [1, 2], repeats: 2, impl: 'js', ...over });

describe('slurmTime', () => {
  it('writes HH:MM:SS, and D-HH:MM:SS from a day', () => {
    expect(slurmTime(300)).toBe('00:05:00');
    expect(slurmTime(3661)).toBe('01:01:01');
    expect(slurmTime(86_400 + 7200 + 5)).toBe('1-02:00:05');
    expect(slurmTime(59.2)).toBe('00:01:00');
  });
  it('refuses a negative or non-finite time', () => {
    expect(() => slurmTime(-1)).toThrow(RangeError);
    expect(() => slurmTime(Number.NaN)).toThrow(/non-negative/);
  });
});

describe('wallTimeSeconds', () => {
  it('asks for at least five minutes, in whole minutes', () => {
    expect(wallTimeSeconds(experiment(), 2)).toBe(300);
    expect(wallTimeSeconds(experiment({ n: 40_000, workers: [1, 2, 4, 8] }), 8) % 60).toBe(0);
  });
  it('doubles the estimate of the sweep at the Python rate, plus two minutes', () => {
    // 10000² evaluations at 2e6/s = 50 s a run; 4 runs on 1 core + 4 on 2 cores = 300 s; 2 × 300 + 120 = 720 s.
    expect(wallTimeSeconds(experiment({ n: 10_000, repeats: 3 }), 2)).toBe(720);
    // Pools larger than the allocation do not run faster than the allocation.
    expect(wallTimeSeconds(experiment({ n: 10_000, repeats: 3, workers: [1, 4] }), 2)).toBe(720);
  });
  it('counts darts for pi', () => {
    // 3e7 darts at 2.5e5/s = 120 s a run; 2 runs on 1 core = 240 s; 2 × 240 + 120 = 600 s.
    expect(wallTimeSeconds(experiment({ kernel: 'pi', n: 30_000_000, repeats: 1, workers: [1] }), 1)).toBe(600);
  });
});

describe('clusterJob', () => {
  it('asks for one task with the largest pool’s cores, and sorts the counts', () => {
    const job = clusterJob(LAB, { n: '2000' }, 'kernel=integrate&n=2000', experiment({ workers: [4, 1, 2] }));
    expect(job.cpusPerTask).toBe(4);
    expect(job.experiment.kind === 'speedup' ? job.experiment.workers : null).toEqual([1, 2, 4]);
    expect(job.ntasks).toBe(1);
    expect(job.link).toBe('#/lab/speedup?kernel=integrate&n=2000');
    expect(job.name).toBe('speedup-integrate');
    expect(job.timeLimitSeconds).toBe(300);
  });
  it('refuses a sweep without the baseline, without counts, or with bad numbers', () => {
    expect(() => clusterJob(LAB, {}, '', experiment({ workers: [2, 4] }))).toThrow(/include 1/);
    expect(() => clusterJob(LAB, {}, '', experiment({ workers: [] }))).toThrow(/at least one/);
    expect(() => clusterJob(LAB, {}, '', experiment({ workers: [1, 2.5] }))).toThrow(/positive integers, got 2.5/);
    expect(() => clusterJob(LAB, {}, '', experiment({ repeats: 0 }))).toThrow(/Repeats/);
    expect(() => clusterJob(LAB, {}, '', experiment({ n: Number.NaN }))).toThrow(/n must be/);
  });
});
