import { describe, expect, it } from 'vitest';
import { computeBlock, estimateSweepSeconds, implementationsOf, IMPLEMENTATIONS, kernelById, KERNELS, KERNEL_IDS, prepareImplementation, runGpuKernel } from './registry.ts';
import { integrate2d } from './integrate2d.ts';
import { kernelFieldSchema } from './field-schema.ts';

/** Runs a kernel the way the pool does: split, compute each block, combine in block order. */
function runLocally(id: string, params: Record<string, number>, workers: number) {
  const k = kernelById(id);
  return k.combine(params, k.split(params, workers).map((b) => computeBlock(id, 'js', params, b)));
}

describe('kernel registry', () => {
  it('registers each kernel once, with fields, units, cost and a js implementation', () => {
    expect(new Set(KERNEL_IDS).size).toBe(KERNELS.length);
    for (const k of KERNELS) {
      expect(k.label.length).toBeGreaterThan(0);
      expect(['evaluations', 'darts', 'bytes']).toContain(k.work.unit);
      expect(k.ratePerCore).toBeGreaterThan(0);
      expect(typeof k.implementations.js).toBe('function');
      for (const f of Object.values(k.fields)) expect(kernelFieldSchema(f).safeParse(f.default).success).toBe(true);
      for (const impl of Object.keys(k.implementations)) expect(IMPLEMENTATIONS).toContain(impl);
    }
  });

  it('the integration through the registry keeps the course digits', () => {
    expect(runLocally('integrate', { n: 10000 }, 4).text).toBe('4.492851e-12');
    expect(runLocally('integrate', { n: 300 }, 3).value).toBe(integrate2d(300, 3));
  });

  it('pi through the registry is reproducible for a seed and within 4 standard errors', () => {
    const a = runLocally('pi', { n: 1_000_000, seed: 7 }, 4);
    const b = runLocally('pi', { n: 1_000_000, seed: 7 }, 4);
    expect(a).toEqual(b);
    expect(Math.abs(a.value - Math.PI)).toBeLessThan(4 * a.standardError!);
    expect(runLocally('pi', { n: 1_000_000, seed: 8 }, 4).value).not.toBe(a.value);
  });

  it('splits work into one block per worker', () => {
    for (const k of KERNELS) {
      const params = Object.fromEntries(Object.entries(k.fields).map(([n, f]) => [n, kernelFieldSchema(f).parse(f.default)]));
      expect(k.split(params, 3)).toHaveLength(3);
    }
  });

  it('names unknown kernels and missing implementations', () => {
    expect(() => kernelById('fft')).toThrow(/Unknown kernel "fft".*integrate, pi/);
    expect(() => computeBlock('integrate', 'webgpu' as 'js', { n: 1 }, { begin: 0, end: 1 })).toThrow(/no "webgpu" implementation/);
  });

  it('estimates a sweep from the work, repeats and cores', () => {
    const s = estimateSweepSeconds(kernelById('integrate'), { n: 10_000 }, [1, 2], 3, 2);
    expect(s).toBeCloseTo(4 * 1 + 4 * 0.5);
    expect(estimateSweepSeconds(kernelById('pi'), { n: 1e8, seed: 1 }, [1, 4], 1, 1)).toBeCloseTo(2 + 2);
  });

  it('offers webgpu for the kernels with a GPU path, which never runs as blocks on CPU workers', () => {
    for (const k of KERNELS) {
      expect(implementationsOf(k)).toEqual(['js', 'wasm', 'simd', 'webgpu']);
      expect(k.implementations).not.toHaveProperty('webgpu');
      expect(k.webgpu?.note.length).toBeGreaterThan(0);
    }
    expect(() => prepareImplementation('pi', 'webgpu')).toThrow(/runs whole on the GPU worker/);
    expect(() => computeBlock('pi', 'webgpu', { n: 10, seed: 1 }, { darts: 10, stream: 0 })).toThrow(/runs whole on the GPU worker/);
    expect(() => runGpuKernel('fft', {})).toThrow(/Unknown kernel/);
  });

  it('a GPU run in Node (no navigator.gpu) fails with the reason, not a crash', async () => {
    await expect(runGpuKernel('integrate', { n: 10 })).rejects.toThrow(/no WebGPU \(navigator.gpu is missing\)/);
  });
});
