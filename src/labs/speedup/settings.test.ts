import { afterEach, describe, expect, it, vi } from 'vitest';
import { speedupSettings } from './settings.ts';
import { queryFromSettings, settingsFromQuery } from '../kit/settings.ts';
import { defaultWorkerCounts } from '../kit/worker-counts.ts';
import { KERNELS } from '../../kernels/registry.ts';

/** Validates a lab link the way the lab page does: the link's text over this machine's defaults. */
function v(q: string, cores = 4) {
  const link = settingsFromQuery(speedupSettings, new URLSearchParams(q));
  const raw = { ...speedupSettings.defaults({ cores }), ...link.raw } as Record<string, string>;
  return { ...speedupSettings.validate(raw, { cores }), link, raw };
}

describe('speedup lab settings and links', () => {
  it('accepts a full valid link, old form included', () => {
    const { params, errors, link } = v('kernel=pi&n=1000000&workers=1,2,4&repeats=5&seed=7&autorun=1');
    expect(errors).toEqual({});
    expect(link.autorun).toBe(true);
    expect(params).toMatchObject({ impl: 'js', values: { n: 1_000_000, seed: 7 }, workers: [1, 2, 4], repeats: 5 });
    expect(params?.kernel.id).toBe('pi');
  });

  it('fills absent fields with this machine\'s defaults', () => {
    const { params, link } = v('', 4);
    expect(link.autorun).toBe(false);
    expect(params).toMatchObject({ impl: 'js', values: { n: 10000 }, workers: [1, 2, 4, 8], repeats: 3 });
    expect(params?.kernel.id).toBe('integrate');
  });

  it('default worker counts go to twice the cores, at most 64', () => {
    expect(defaultWorkerCounts(2)).toEqual([1, 2, 4]);
    expect(defaultWorkerCounts(1)).toEqual([1, 2]);
    expect(defaultWorkerCounts(128)).toEqual([1, 2, 4, 8, 16, 32, 64]);
  });

  it.each([
    ['n=-5', 'n', /at least 1|whole number/],
    ['n=abc', 'n', /whole number/],
    ['n=12.5', 'n', /whole number/],
    ['n=1,000', 'n', /write 1000 or 1_000/],
    ['n=', 'n', /Enter/],
    ['n=1000000', 'n', /too long|smaller n/],
    ['kernel=fft', 'kernel', /Unknown kernel/],
    ['impl=cuda', 'impl', /Unknown implementation/],
    ['workers=0,1', 'workers', /start at 1/],
    ['workers=1,1000', 'workers', /too many/],
    ['workers=1,two', 'workers', /not a whole/],
    ['workers=2,4', 'workers', /Include 1/],
    ['workers=1,2,2', 'workers', /twice/],
    ['workers=1,,2', 'workers', /empty entry/],
    ['repeats=0', 'repeats', /at least 1/],
    ['repeats=500', 'repeats', /At most/],
    ['kernel=pi&seed=-1', 'seed', /0 or more|whole number/],
    ['kernel=pi&seed=4294967296', 'seed', /below 2\^32/],
  ])('%s gives a message on the %s field and nothing to run', (query, field, message) => {
    const { params, errors } = v(query);
    expect(params).toBeNull();
    expect(errors[field]).toMatch(message);
  });

  it('ignores (does not validate) the seed of a kernel that draws no random numbers', () => {
    const { params, errors } = v('kernel=integrate&seed=abc&n=100&workers=1,2');
    expect(errors).toEqual({});
    expect(params?.values).toEqual({ n: 100 });
  });

  it('refuses a value given twice and a bad autorun in the link itself', () => {
    expect(v('n=100&n=200').link.errors.n).toMatch(/2 times/);
    expect(v('autorun=maybe').link.errors.autorun).toMatch(/autorun/);
    expect(v('colour=red').link.unknown).toEqual(['colour']);
  });

  it('accepts 1_000 and 1e3 style numbers', () => {
    expect(v('n=1_000').params?.values.n).toBe(1000);
    expect(v('kernel=pi&n=3e7').params?.values.n).toBe(30_000_000);
  });

  it('refuses a sweep that would take too long, saying how long', () => {
    const { params, errors } = v('kernel=integrate&n=50000&workers=1,2&repeats=20', 2);
    expect(params).toBeNull();
    expect(errors.n).toMatch(/minutes/);
  });

  it('lists every registered kernel and round-trips through a link', () => {
    const kernelField = speedupSettings.fields.find((f) => f.name === 'kernel');
    expect((kernelField?.options as unknown as { value: string }[]).map((o) => o.value)).toEqual(KERNELS.map((k) => k.id));
    const { raw } = v('kernel=pi&n=500&workers=1,3&repeats=2&seed=9');
    const back = v(queryFromSettings(speedupSettings, raw, true));
    expect(back.link.autorun).toBe(true);
    expect(back.raw).toEqual(raw);
  });

  describe('impl=webgpu', () => {
    afterEach(() => vi.unstubAllGlobals());

    it('is refused beside the field, saying why, where the browser has no navigator.gpu', () => {
      vi.stubGlobal('navigator', {});
      const { params, errors } = v('kernel=pi&impl=webgpu&n=100000000');
      expect(params).toBeNull();
      expect(errors.impl).toMatch(/no WebGPU \(navigator.gpu is missing\).*Nothing runs/);
    });

    it('is refused on a page that is not a secure context', () => {
      vi.stubGlobal('navigator', { gpu: {} });
      vi.stubGlobal('isSecureContext', false);
      expect(v('kernel=pi&impl=webgpu').errors.impl).toMatch(/secure context/);
    });

    it('hides the worker counts (one GPU device) and ignores them in links', () => {
      vi.stubGlobal('navigator', { gpu: {} });
      const { params, errors, raw } = v('kernel=pi&impl=webgpu&n=100000000&workers=1,2,banana');
      expect(errors).toEqual({});
      expect(params).toMatchObject({ impl: 'webgpu', values: { n: 100_000_000, seed: 12345 }, workers: [1] });
      expect(queryFromSettings(speedupSettings, raw)).not.toMatch(/workers/);
      const impl = speedupSettings.fields.find((f) => f.name === 'impl');
      const options = (impl?.options as (raw: Record<string, string>) => readonly { value: string }[])({ kernel: 'integrate' });
      expect(options.map((o) => o.value)).toEqual(['js', 'wasm', 'simd', 'webgpu']);
    });
  });
});
