/**
 * WebAssembly SIMD detection: the probe, the test-only stub, the refusal of the simd module and of
 * `impl=simd` in the speedup lab where SIMD is missing.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { speedupSettings } from '../labs/speedup/settings.ts';
import { hasRelaxedSimd, hasWasmSimd, NO_SIMD_MESSAGE, RELAXED_SIMD_PROBE, SIMD_PROBE } from './wasm-simd-support.ts';
import { loadWasmKernels, simdBuild } from './wasm-kernels.ts';

const flag = globalThis as { __parallelLabNoSimd?: boolean; __parallelLabNoRelaxedSimd?: boolean };

afterEach(() => {
  delete flag.__parallelLabNoSimd;
  delete flag.__parallelLabNoRelaxedSimd;
});

describe('WebAssembly SIMD detection', () => {
  it('finds SIMD in Node (V8), with a probe that is a SIMD module', () => {
    expect(hasWasmSimd()).toBe(true);
    expect(WebAssembly.validate(SIMD_PROBE)).toBe(true);
    // The same module with the SIMD opcode replaced by an unknown one is invalid: the probe tests SIMD.
    const broken = SIMD_PROBE.slice();
    broken[broken.length - 4] = 0xff;
    expect(WebAssembly.validate(broken)).toBe(false);
  });

  it('the compiled simd module needs what the probe tests; the scalar one validates as well', () => {
    for (const name of ['scalar', 'simd']) {
      expect(WebAssembly.validate(readFileSync(new URL(`./wasm/build/${name}.wasm`, import.meta.url)))).toBe(true);
    }
  });

  it('the test-only flag __parallelLabNoSimd makes it answer no, and the simd module refuses to load', async () => {
    flag.__parallelLabNoSimd = true;
    expect(hasWasmSimd()).toBe(false);
    await expect(loadWasmKernels('simd')).rejects.toThrow(NO_SIMD_MESSAGE);
    delete flag.__parallelLabNoSimd;
    await expect(loadWasmKernels('simd')).resolves.toBeUndefined();
  });

  it('the speedup lab refuses impl=simd without SIMD, beside the field, and accepts wasm', () => {
    const env = { cores: 2 };
    const raw = { ...speedupSettings.defaults(env), kernel: 'integrate', n: '2000', workers: '1,2', impl: 'simd' };
    expect(speedupSettings.validate(raw, env).errors).toEqual({});
    flag.__parallelLabNoSimd = true;
    const refused = speedupSettings.validate(raw, env);
    expect(refused.params).toBeNull();
    expect(refused.errors).toEqual({ impl: NO_SIMD_MESSAGE });
    expect(speedupSettings.validate({ ...raw, impl: 'wasm' }, env).params?.impl).toBe('wasm');
  });
});

describe('relaxed SIMD detection (the fused multiply-add build of the simd kernels)', () => {
  it('finds relaxed SIMD here (Node 22, or Node 20 with the flag vite.config.ts passes), with a probe that needs it', () => {
    expect(hasRelaxedSimd()).toBe(true);
    // The same module with f64x2.relaxed_madd (0xfd 0x87 0x02) replaced by plain f64x2.add (0xfd 0xf0 0x01) is plain SIMD.
    const plain = RELAXED_SIMD_PROBE.slice();
    plain.set([0xf0, 0x01], plain.length - 3);
    expect(WebAssembly.validate(plain)).toBe(false); // f64x2.add takes two operands, the probe pushes three
    expect(WebAssembly.validate(SIMD_PROBE)).toBe(true);
    expect(WebAssembly.validate(readFileSync(new URL('./wasm/build/simd-fma.wasm', import.meta.url)))).toBe(true);
  });

  it('picks the fused build where relaxed SIMD is found, and the plain build where it is not (test-only flag) or SIMD is missing', () => {
    expect(simdBuild()).toBe('simd-fma');
    flag.__parallelLabNoRelaxedSimd = true;
    expect(hasRelaxedSimd()).toBe(false);
    expect(simdBuild()).toBe('simd');
    delete flag.__parallelLabNoRelaxedSimd;
    flag.__parallelLabNoSimd = true;
    expect(hasRelaxedSimd()).toBe(false);
  });

  it('says in the speedup lab which build this browser runs', () => {
    const env = { cores: 2 };
    const field = speedupSettings.fields.find((f) => f.name === 'impl')!;
    const help = (impl: string) => {
      const raw = { ...speedupSettings.defaults(env), impl };
      return typeof field.help === 'string' ? field.help : field.help(raw, env);
    };
    expect(help('simd')).toMatch(/with fused multiply-add/);
    expect(help('js')).toBe('How the kernel is compiled and run.');
    flag.__parallelLabNoRelaxedSimd = true;
    expect(help('simd')).toMatch(/without fused multiply-add/);
  });
});
