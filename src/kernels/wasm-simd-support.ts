/**
 * Feature detection for WebAssembly SIMD (the 128-bit `v128` type, in Chrome 91, Firefox 89,
 * Safari 16.4 and Node 16.4 onwards): the `simd` implementation is offered only where this says
 * yes.
 *
 * Test-only stub: setting `globalThis.__parallelLabNoSimd = true` (in a page, `window.__parallelLabNoSimd`,
 * e.g. from a Playwright init script) makes {@link hasWasmSimd} answer false, so the e2e specs can
 * check the refusal in a browser that has SIMD. Nothing in the site sets it.
 *
 * Pure: any thread (the page, kernel workers) and Node.
 */

/**
 * The smallest module that needs SIMD: `(func (result v128) i32.const 0 i8x16.splat i8x16.popcnt)`
 * (the probe of the wasm-feature-detect library; i8x16.popcnt is one of the last opcodes of the
 * final SIMD proposal, so engines with an early draft of SIMD fail it too).
 */
export const SIMD_PROBE = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 5, 1, 96, 0, 1, 123, 3, 2, 1, 0, 10, 10, 1, 8, 0, 65, 0, 253, 15, 253, 98, 11]);

/** The message beside the implementation field where SIMD is missing. */
export const NO_SIMD_MESSAGE = 'This browser has no WebAssembly SIMD; choose wasm.';

/**
 * Whether this engine runs WebAssembly SIMD: `WebAssembly.validate` of {@link SIMD_PROBE}, unless
 * the test-only flag `__parallelLabNoSimd` is set (see the file header). Cheap (validates 31
 * bytes); any thread. Never throws: false without WebAssembly.
 */
export function hasWasmSimd(): boolean {
  if ((globalThis as { __parallelLabNoSimd?: unknown }).__parallelLabNoSimd === true) return false;
  try {
    return typeof WebAssembly === 'object' && WebAssembly.validate(SIMD_PROBE);
  } catch {
    return false;
  }
}

/**
 * The smallest module that needs relaxed SIMD: `(func (result v128) i32.const 0 i8x16.splat
 * i32.const 0 i8x16.splat i32.const 0 i8x16.splat f64x2.relaxed_madd)`, the instruction the
 * `simd` kernels' fused multiply-adds compile to (src/kernels/wasm/simd.ts).
 */
export const RELAXED_SIMD_PROBE = new Uint8Array([
  0, 97, 115, 109, 1, 0, 0, 0, 1, 5, 1, 96, 0, 1, 123, 3, 2, 1, 0, 10, 19, 1, 17, 0, 65, 0, 253, 15, 65, 0, 253, 15, 65, 0, 253, 15, 253, 135, 2, 11,
]);

/**
 * Whether this engine runs relaxed SIMD (Chrome 114 and Node 22 onwards, for example; Node 20
 * behind --experimental-wasm-relaxed-simd): `WebAssembly.validate` of {@link RELAXED_SIMD_PROBE},
 * unless the test-only flag `__parallelLabNoRelaxedSimd` (or `__parallelLabNoSimd`) is set. Where
 * it says yes, the `simd` kernels load their fused multiply-add build; elsewhere the plain SIMD
 * build, with the same method and error bound. Cheap; any thread. Never throws.
 */
export function hasRelaxedSimd(): boolean {
  if ((globalThis as { __parallelLabNoRelaxedSimd?: unknown }).__parallelLabNoRelaxedSimd === true) return false;
  if (!hasWasmSimd()) return false;
  try {
    return WebAssembly.validate(RELAXED_SIMD_PROBE);
  } catch {
    return false;
  }
}
