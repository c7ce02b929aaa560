import { afterEach, describe, expect, it, vi } from 'vitest';
import { describeAdapter, GpuUnavailableError, probeWebGpu, resetWebGpuProbe, webGpuApiMissing } from './availability.ts';
import { gpuErrorReason } from './gpu-client.ts';

describe('WebGPU availability', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    resetWebGpuProbe();
  });

  it('names the reason WebGPU is missing: no navigator.gpu, or an insecure page', () => {
    vi.stubGlobal('navigator', {});
    expect(webGpuApiMissing()).toBe('no-api');
    vi.stubGlobal('navigator', { gpu: {} });
    expect(webGpuApiMissing()).toBeNull();
    vi.stubGlobal('isSecureContext', false);
    expect(webGpuApiMissing()).toBe('insecure-context');
  });

  it('probes once, and reports a browser that gives no adapter', async () => {
    const requestAdapter = vi.fn(async () => null);
    vi.stubGlobal('navigator', { gpu: { requestAdapter } });
    const p = await probeWebGpu();
    expect(p).toMatchObject({ ok: false, reason: 'no-adapter' });
    expect(p.ok ? '' : p.message).toMatch(/offered no GPU adapter.*--enable-unsafe-webgpu/);
    await probeWebGpu();
    expect(requestAdapter).toHaveBeenCalledTimes(1);
  });

  it('describes an adapter, saying when it is the SwiftShader software GPU', async () => {
    const info = { vendor: 'google', architecture: 'swiftshader', device: '', description: '' };
    vi.stubGlobal('navigator', { gpu: { requestAdapter: async () => ({ info }) } });
    expect(await probeWebGpu()).toEqual({ ok: true, description: describeAdapter(info) });
    expect(describeAdapter(info)).toMatch(/^google swiftshader \(SwiftShader: a software GPU/);
    expect(describeAdapter({ vendor: 'nvidia', architecture: 'ampere', device: '', description: 'NVIDIA A100' })).toBe('nvidia ampere NVIDIA A100');
    expect(describeAdapter({ vendor: '', architecture: '', device: '', description: '' })).toMatch(/unnamed adapter/);
  });

  it('carries the reason in the error and through the worker boundary', () => {
    const e = new GpuUnavailableError('device-lost', 'It was destroyed.');
    expect(e.message).toBe('The GPU device was lost. It was destroyed.');
    const crossed = Object.assign(new Error(e.message), { name: `GpuUnavailableError:${e.reason}` });
    expect(gpuErrorReason(crossed)).toBe('device-lost');
    expect(gpuErrorReason(new RangeError('x'))).toBeNull();
  });
});
