/**
 * The WebAssembly kernels' sine coefficients are the ones scripts/sin-polynomial.py derives
 * (Chebyshev interpolation in 60-digit decimal arithmetic): the script runs with Debian's Python,
 * and its doubles must equal, bit for bit, the P0 … P7 constants of src/kernels/wasm/simd.ts and
 * the S0 … S6 and C0 … C5 constants of src/kernels/wasm/scalar.ts.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runPython } from './run-python.ts';

const ROOT = join(import.meta.dirname, '..');

function source(file: string): string {
  return readFileSync(join(ROOT, 'src/kernels/wasm', file), 'utf8');
}

/** simd.ts's P0 … P7, as written in its constant table (lines "<value>, // <index>: P<k>"). */
function simdCoefficients(): number[] {
  const found = new Map<number, number>();
  for (const m of source('simd.ts').matchAll(/^\s*(-?[0-9.e+-]+), \/\/ \d+: P(\d)\b/gm)) found.set(Number(m[2]), Number(m[1]));
  return Array.from({ length: found.size }, (_, k) => found.get(k)!);
}

/** scalar.ts's constants <letter>0, <letter>1, … (lines "const S3: f64 = <value>;"). */
function scalarCoefficients(letter: 'S' | 'C'): number[] {
  const found = new Map<number, number>();
  for (const m of source('scalar.ts').matchAll(new RegExp(`^const ${letter}(\\d): f64 = (-?[0-9.e+-]+);`, 'gm'))) found.set(Number(m[1]), Number(m[2]));
  return Array.from({ length: found.size }, (_, k) => found.get(k)!);
}

/** The script's output: per polynomial (header "<name>: largest error …: <e>"), its error and coefficients. */
function parse(stdout: string): Map<string, { error: number; coefficients: number[] }> {
  const out = new Map<string, { error: number; coefficients: number[] }>();
  let current: number[] = [];
  for (const line of stdout.trim().split('\n')) {
    const head = /^(.+): largest error relative to the function: (\S+)$/.exec(line);
    if (head) out.set(head[1]!, { error: Number(head[2]), coefficients: (current = []) });
    else current.push(Number(line));
  }
  return out;
}

describe('the sine polynomials', () => {
  it('are the coefficients scripts/sin-polynomial.py computes, with interpolation errors far below an ulp', async () => {
    const { stdout } = await runPython(join(ROOT, 'scripts/sin-polynomial.py'), ROOT);
    const derived = parse(stdout);
    expect([...derived.keys()]).toEqual(['simd P', 'scalar S', 'scalar C']);
    for (const { error } of derived.values()) expect(error).toBeLessThan(1e-17);
    expect(derived.get('simd P')!.coefficients).toHaveLength(8);
    expect(simdCoefficients()).toEqual(derived.get('simd P')!.coefficients);
    expect(derived.get('scalar S')!.coefficients).toHaveLength(7);
    expect(scalarCoefficients('S')).toEqual(derived.get('scalar S')!.coefficients);
    expect(derived.get('scalar C')!.coefficients).toHaveLength(6);
    expect(scalarCoefficients('C')).toEqual(derived.get('scalar C')!.coefficients);
  });
});
