/**
 * WebAssembly SIMD detection: the probe, the test-only stub, the refusal of the simd module and of
 * `impl=simd` in the speedup lab where SIMD is missing.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { speedupSettings } from '../labs/speedup/settings.ts';
import { hasWasmSimd, NO_SIMD_MESSAGE, SIMD_PROBE } from './wasm-simd-support.ts';
import { loadWasmKernels } from './wasm-kernels.ts';

const flag = globalThis as { __parallelLabNoSimd?: boolean };

afterEach(() => {
  delete flag.__parallelLabNoSimd;
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
