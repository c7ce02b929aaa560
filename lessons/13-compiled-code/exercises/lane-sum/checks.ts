/**
 * Checks of "Vectorize a reduction: four lanes" (lesson 13): the learner's laneSum must add in
 * the four-lane order (lane k takes elements k, k + 4, …; result (l0 + l1) + (l2 + l3)), bit for
 * bit on 100 003 seeded random numbers (where that order and the serial order differ in the last
 * digits), exactly on whole numbers, and on every length from 0 to 9. An advisory check times it
 * against one running sum on 2^20 values with the measurement loop (four independent chains run
 * faster even as scalar code: the additions no longer wait for each other).
 */
import { attempt, fail, learnerFunction, pass, show } from '../../../../src/exercises/check-helpers.ts';
import { measure } from '../../../../src/measure/measure.ts';
import { Xoshiro128 } from '../../../../src/kernels/xoshiro128.ts';
import type { CheckContext, CheckResult, ExerciseChecks } from '../../../../src/exercises/types.ts';

/** The sum in the four-lane order. */
function reference(values: ArrayLike<number>): number {
  const lanes = [0, 0, 0, 0];
  for (let i = 0; i < values.length; i++) lanes[i % 4]! += values[i]!;
  return lanes[0]! + lanes[1]! + (lanes[2]! + lanes[3]!);
}

function serial(values: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < values.length; i++) s += values[i]!;
  return s;
}

/** Seeded numbers of both signs and many magnitudes, with all 53 bits of mantissa used (one 32-bit draw alone would add exactly). */
function randomValues(n: number): number[] {
  const rng = new Xoshiro128(2024);
  return Array.from({ length: n }, () => (2 * rng.nextDouble() - 1 + rng.nextDouble() * 2 ** -31) * 10 ** (3 * rng.nextDouble()));
}

export const checks: ExerciseChecks = async (ctx: CheckContext): Promise<CheckResult[]> => {
  const f = learnerFunction(ctx, 'laneSum');
  if (!f.ok) return [f.result];
  const laneSum = f.value;
  const results: CheckResult[] = [];

  const random = randomValues(100_003);
  const want = reference(random);
  const title = 'laneSum of 100 003 random numbers, in the four-lane order';
  const got = await attempt(ctx, title, 'a number', () => laneSum(random.slice()));
  if (!got.ok) results.push(got.result);
  else if (got.value === want) results.push(pass(title, `${want} exactly; one running sum gives ${serial(random)}: the same number up to the last digits.`));
  else if (got.value === serial(random)) results.push(fail(title, `${want} (four lanes)`, `${show(got.value)}, the one-running-sum order`, 'Keep four partial sums: lane k adds elements k, k + 4, k + 8, …'));
  else results.push(fail(title, String(want), show(got.value), 'Check the order: lane k takes elements k, k + 4, …, and the result is (lane0 + lane1) + (lane2 + lane3).'));

  const whole = Array.from({ length: 1000 }, (_, i) => i + 1);
  const wholeTitle = 'laneSum of 1, 2, …, 1000';
  const w = await attempt(ctx, wholeTitle, '500500', () => laneSum(whole.slice()));
  if (!w.ok) results.push(w.result);
  else results.push(w.value === 500500 ? pass(wholeTitle, 'whole numbers add exactly in any order') : fail(wholeTitle, '500500', show(w.value)));

  const short: string[] = [];
  for (let n = 0; n <= 9; n++) {
    const values = random.slice(0, n);
    const r = await attempt(ctx, `laneSum of ${n} values`, String(reference(values)), () => laneSum(values.slice()));
    if (!r.ok) {
      results.push(r.result);
      short.length = 0;
      break;
    }
    if (r.value !== reference(values)) short.push(`n = ${n}: ${show(r.value)} instead of ${reference(values)}`);
  }
  results.push(short.length === 0 ? pass('laneSum of 0 to 9 values, the tails included') : fail('laneSum of 0 to 9 values, the tails included', 'the four-lane sum for every length', short.join('; '), 'An empty array sums to 0; with n not a multiple of 4 the last lanes get one element fewer.'));

  if (results.every((r) => r.ok)) {
    const big = new Float64Array(1 << 20).map((_, i) => random[i % random.length]!);
    const mine = await measure({ repeats: 5, run: async () => laneSum(big) });
    const one = await measure({ repeats: 5, run: async () => serial(big) });
    results.push({
      name: 'four chains against one (advisory)',
      ok: true,
      advisory: true,
      detail: `2^20 values: your lanes ${mine.time.median.toFixed(2)} ms, one running sum ${one.time.median.toFixed(2)} ms (medians of 5). Independent additions overlap in the CPU's pipeline even without SIMD.`,
    });
  }
  return results;
};
