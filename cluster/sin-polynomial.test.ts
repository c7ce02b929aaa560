/**
 * The SIMD kernels' sine coefficients are the ones scripts/sin-polynomial.py derives (Chebyshev
 * interpolation in 60-digit decimal arithmetic): the script runs with Debian's Python, and its
 * doubles must equal, bit for bit, the P0 … P7 constants of src/kernels/wasm/simd.ts.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runPython } from './run-python.ts';

const ROOT = join(import.meta.dirname, '..');

/** P0 … P7 as written in simd.ts's constant table (lines "<value>, // <index>: P<k>"). */
function kernelCoefficients(): number[] {
  const source = readFileSync(join(ROOT, 'src/kernels/wasm/simd.ts'), 'utf8');
  const found = new Map<number, number>();
  for (const m of source.matchAll(/^\s*(-?[0-9.e+-]+), \/\/ \d+: P(\d)\b/gm)) found.set(Number(m[2]), Number(m[1]));
  return Array.from({ length: found.size }, (_, k) => found.get(k)!);
}

describe('the vectorized sine polynomial', () => {
  it('has the coefficients scripts/sin-polynomial.py computes, with an interpolation error far below an ulp', async () => {
    const { stdout } = await runPython(join(ROOT, 'scripts/sin-polynomial.py'), ROOT);
    const [head, ...lines] = stdout.trim().split('\n');
    const error = Number(/relative to sin r: (\S+)/.exec(head!)?.[1]);
    expect(error).toBeLessThan(1e-17);
    const derived = lines.map(Number);
    expect(derived).toHaveLength(8);
    expect(kernelCoefficients()).toEqual(derived);
  });
});
