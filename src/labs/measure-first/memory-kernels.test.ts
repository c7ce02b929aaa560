import { describe, expect, it } from 'vitest';
import { chase, cyclicPermutation, doublingSizes, saturationPoint, streamSum } from './memory-kernels.ts';
import { runProfiledProgram, serialFraction, STAGES } from './profile-program.ts';
import { bandwidthSettings, latencySettings, profileSettings } from './settings.ts';
import { integrate2dRows } from '../../kernels/integrate2d.ts';

describe('the pointer chase', () => {
  it('is one cycle through every entry', () => {
    for (const length of [1, 2, 3, 1000]) {
      const next = cyclicPermutation(length, 7);
      const seen = new Set<number>();
      let i = 0;
      for (let s = 0; s < length; s++) {
        seen.add(i);
        i = next[i]!;
      }
      expect(seen.size).toBe(length);
      expect(i).toBe(0);
      expect(chase(next, length)).toBe(0);
    }
  });
  it('refuses an empty array', () => expect(() => cyclicPermutation(0)).toThrow(RangeError));
});

describe('the streaming read and its reading', () => {
  it('sums every element once per pass', () => expect(streamSum(new Float64Array([1, 2, 3]), 2)).toBe(12));
  it('doubles sizes from 4 KB', () => expect(doublingSizes(4096, 32768)).toEqual([4096, 8192, 16384, 32768]));
  it('finds where bandwidth stops growing', () => {
    expect(saturationPoint([{ workers: 1, gbs: 10 }, { workers: 2, gbs: 18 }, { workers: 4, gbs: 19 }])).toBe(4);
    expect(saturationPoint([{ workers: 1, gbs: 10 }, { workers: 2, gbs: 19 }])).toBeNull();
  });
});

describe('the profiled program', () => {
  it('times its four stages and computes the course integral', () => {
    const run = runProfiledProgram({ numbers: 1000, n: 50 });
    expect(run.stages.map((s) => s.stage)).toEqual([...STAGES]);
    expect(run.stages.every((s) => s.ms >= 0)).toBe(true);
    expect(run.integral).toBe(integrate2dRows(50, 0, 50));
    expect(run.written).toBeGreaterThan(1000 * 8);
  });
  it('takes the serial fraction from the stages not marked parallel', () => {
    const stages = [{ stage: 'generate', ms: 10 }, { stage: 'sort', ms: 15 }, { stage: 'integrate', ms: 70 }, { stage: 'write', ms: 5 }] as const;
    expect(serialFraction([...stages], new Set(['generate', 'integrate']))).toBeCloseTo(0.2, 12);
  });
});

describe('the settings', () => {
  const env = { cores: 4 };
  it('accept their defaults', () => {
    for (const s of [latencySettings, bandwidthSettings, profileSettings] as const) expect((s.validate as (r: never, e: typeof env) => { params: unknown })(s.defaults(env) as never, env).params).not.toBeNull();
    expect(bandwidthSettings.defaults(env).workers).toBe('1,2,4');
  });
  it('say which field is wrong', () => {
    expect(latencySettings.validate({ max: '0', steps: '1000', repeats: '1' }, env).errors).toHaveProperty('max');
    expect(latencySettings.validate({ max: '1', steps: '1000', repeats: '1' }, env).errors.steps).toMatch(/10,000/);
    expect(bandwidthSettings.validate({ workers: '2,4', mb: '8', passes: '1', repeats: '1' }, env).errors.workers).toMatch(/Include 1/);
    expect(profileSettings.validate({ numbers: '10', n: '10', parallel: 'generate,plot', p: '2', repeats: '1' }, env).errors.parallel).toMatch(/"plot" is not a stage/);
    expect(profileSettings.validate({ numbers: '10', n: '10', parallel: 'none', p: '2', repeats: '1' }, env).params?.parallel).toEqual([]);
  });
});
