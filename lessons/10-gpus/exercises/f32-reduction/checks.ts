/**
 * Checks of "Fix a GPU reduction" (lesson 10, the f32 reduction of the GPU integral): the
 * learner's gpuSum runs on three inputs of 2^20 f32 values (copies of 0.1, seeded random numbers in
 * [0, 1), and the sines sin(x + y) of a 1024 × 1024 midpoint grid), with an `add` that rounds to
 * f32 and counts its calls. The result must be an f32 within 2^-20 (relative to the sum of the
 * absolute values) of the exact sum of the same f32 values, and every addition must go through
 * `add` (at least n - 1 calls), so an f64 loop rounded at the end does not pass.
 */
import { attempt, fail, learnerFunction, pass, show } from '../../../../src/exercises/check-helpers.ts';
import { Xoshiro128 } from '../../../../src/kernels/xoshiro128.ts';
import type { CheckContext, CheckResult, ExerciseChecks } from '../../../../src/exercises/types.ts';

const N = 1 << 20;
const TOLERANCE = 2 ** -20;

function inputs(): { name: string; values: Float32Array }[] {
  const tenths = new Float32Array(N).fill(0.1);
  const rng = new Xoshiro128(10);
  const random = Float32Array.from({ length: N }, () => rng.nextDouble());
  const side = 1024;
  const h = Math.PI / side;
  const sines = new Float32Array(N);
  for (let i = 0; i < side; i++) for (let j = 0; j < side; j++) sines[i * side + j] = Math.sin((i + 0.5) * h + (j + 0.5) * h);
  return [
    { name: 'a million copies of 0.1', values: tenths },
    { name: 'a million random numbers in [0, 1)', values: random },
    { name: 'the sines of a 1024 × 1024 grid', values: sines },
  ];
}

/** The exact sum of f32 values, in f64 with Kahan-Babuska compensation (far below f32 rounding). */
function exactSum(values: Float32Array): { sum: number; magnitude: number } {
  let sum = 0;
  let c = 0;
  let magnitude = 0;
  for (const v of values) {
    const t = sum + v;
    c += Math.abs(sum) >= Math.abs(v) ? sum - t + v : v - t + sum;
    sum = t;
    magnitude += Math.abs(v);
  }
  return { sum: sum + c, magnitude };
}

export const checks: ExerciseChecks = async (ctx: CheckContext): Promise<CheckResult[]> => {
  const f = learnerFunction(ctx, 'gpuSum');
  if (!f.ok) return [f.result];
  const results: CheckResult[] = [];
  for (const { name, values } of inputs()) {
    let calls = 0;
    const add = (a: number, b: number): number => {
      calls++;
      return Math.fround(a + b);
    };
    const title = `gpuSum of ${name}`;
    const got = await attempt(ctx, title, 'a number', () => f.value(values.slice(), add));
    if (!got.ok) {
      results.push(got.result);
      continue;
    }
    const value = got.value;
    const { sum, magnitude } = exactSum(values);
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      results.push(fail(title, 'a finite number', show(value)));
      continue;
    }
    if (calls < N - 1) {
      results.push(fail(`${title}: every addition in f32`, `at least ${N - 1} calls of add`, `${calls}`, 'Add with add(a, b), which rounds to f32 like the GPU; adding in f64 and rounding at the end hides what f32 does.'));
      continue;
    }
    const error = Math.abs(value - sum) / magnitude;
    if (Math.fround(value) !== value) results.push(fail(title, 'an f32 value (every addition rounded by add)', show(value)));
    else if (error > TOLERANCE) {
      results.push(
        fail(
          `${title}: the digits kept`,
          `within ${TOLERANCE.toExponential(1)} of the exact ${sum.toPrecision(8)} (relative to the sum of |values|)`,
          `${value.toPrecision(8)}, off by ${error.toExponential(1)}`,
          'One running sum rounds every value against a large total. Add in workgroups of 256 as trees, then add the workgroup sums as a tree.',
        ),
      );
    } else results.push(pass(`${title}: the digits kept`, `${value.toPrecision(8)} against the exact ${sum.toPrecision(8)} (off by ${error.toExponential(1)}), ${calls.toLocaleString('en')} f32 additions`));
  }
  return results;
};
