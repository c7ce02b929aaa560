import { describe, expect, it } from 'vitest';
import { settingsFromQuery } from '../kit/settings.ts';
import { estimateThroughputSeconds, paramsAtSize, throughputSettings, vectorAddSettings } from './settings.ts';
import { kernelById } from '../../kernels/registry.ts';

function tv(q: string, cores = 2) {
  const link = settingsFromQuery(throughputSettings, new URLSearchParams(q));
  return throughputSettings.validate({ ...throughputSettings.defaults({ cores }), ...link.raw }, { cores });
}
function vv(q: string) {
  const link = settingsFromQuery(vectorAddSettings, new URLSearchParams(q));
  return vectorAddSettings.validate({ ...vectorAddSettings.defaults({ cores: 2 }), ...link.raw }, { cores: 2 });
}

describe('GPU throughput lab settings', () => {
  it('defaults to pi at five sizes on the reported cores', () => {
    const { params, errors } = tv('', 4);
    expect(errors).toEqual({});
    expect(params).toMatchObject({ sizes: [1e4, 1e5, 1e6, 1e7, 3e7], workers: 4, repeats: 2 });
    expect(params?.kernel.id).toBe('pi');
  });

  it('takes the integral with grid sizes, sorted', () => {
    const { params } = tv('kernel=integrate&sizes=1000,100,300&workers=1&repeats=1');
    expect(params).toMatchObject({ sizes: [100, 300, 1000], workers: 1 });
  });

  it.each([
    ['sizes=1e4', 'sizes', /at least 2/],
    ['sizes=1e4,abc', 'sizes', /not a whole/],
    ['kernel=integrate&sizes=100,70000', 'sizes', /too large/],
    ['sizes=1e4,1e4', 'sizes', /twice/],
    ['workers=0', 'workers', /at least 1/],
    ['repeats=0', 'repeats', /at least 1/],
    ['kernel=fft', 'kernel', /Unknown kernel/],
    ['sizes=1e9,2e9&repeats=20', 'sizes', /minutes/],
  ])('%s is refused on %s', (q, field, message) => {
    const { params, errors } = tv(q);
    expect(params).toBeNull();
    expect(errors[field as 'sizes']).toMatch(message);
  });

  it('sets n from the size and keeps the other defaults', () => {
    expect(paramsAtSize(kernelById('pi'), 500)).toEqual({ n: 500, seed: 12345 });
    expect(paramsAtSize(kernelById('integrate'), 300)).toEqual({ n: 300 });
  });

  it('estimates the time from the CPU cost, the GPU assumed no faster than one core', () => {
    const params = tv('kernel=pi&sizes=1e8,2e8&workers=2&repeats=1').params!;
    expect(estimateThroughputSeconds(params, 2)).toBeCloseTo(2 * (0.5 + 1) + 2 * (1 + 2));
  });
});

describe('vector-add lab settings', () => {
  it('defaults to four lengths and three repeats', () => {
    expect(vv('').params).toEqual({ sizes: [1e4, 1e5, 1e6, 1e7], repeats: 3 });
  });

  it('refuses a length past one buffer binding and bad lists, beside the field', () => {
    expect(vv('sizes=1e8').errors.sizes).toMatch(/2\^25/);
    expect(vv('sizes=10,,20').errors.sizes).toMatch(/empty entry/);
    expect(vv('repeats=x').errors.repeats).toMatch(/whole number/);
  });
});
